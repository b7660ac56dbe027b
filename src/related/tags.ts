import type { Article } from '../model/article.js';
import { fold } from './fold.js';

/** What `tags`, `exclude-tags` and `query` ask for. */
export interface ArticleFilter {
  tags?: string;
  excludeTags?: string;
  query?: string;
}

/**
 * A tag list as an editor writes it: comma-separated when it holds a comma (so a tag may have
 * spaces, "Łęczna, Nowa Wola"), else separated by white space ("sport kultura").
 */
export function tagList(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (!text) return [];
  return text
    .split(text.includes(',') ? ',' : /\s/)
    .map(tagKey)
    .filter(Boolean);
}

/** A tag without case, diacritics or extra spaces: "ŁĘCZNA " and "łęczna" are one tag. */
const tagKey = (tag: string) => fold(tag.toLowerCase()).split(/\s/).filter(Boolean).join(' ');

/**
 * The articles carrying any of `tags` and none of `exclude-tags`, in their order. This half of
 * the filters needs no word analysis, so it stays in the script every page downloads (issue 13);
 * `query` is matched by query.ts, which comes with the related ranking.
 */
export function filterByTags(articles: Article[], filter: ArticleFilter): Article[] {
  const wanted = new Set(tagList(filter.tags));
  const unwanted = new Set(tagList(filter.excludeTags));
  if (!wanted.size && !unwanted.size) return articles;
  return articles.filter((article) => {
    const tags = article.tags.map(tagKey);
    if (wanted.size && !tags.some((tag) => wanted.has(tag))) return false;
    return !tags.some((tag) => unwanted.has(tag));
  });
}
