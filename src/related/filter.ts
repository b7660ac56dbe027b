import type { Article } from '../model/article.js';
import { fold } from './stem.js';
import { analyze, scoringText, termLanguage } from './terms.js';

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

/** The stems of a text, as related articles see them ("budżetu" and "budżet" share one). */
function stems(text: string, lang: 'pl' | 'en'): Set<string> {
  const into = new Map<string, number>();
  analyze(text, lang, into, 1);
  return new Set(into.keys());
}

/** Bodies are read from their start only (about 600 words): a keyword that matters is there, and 200 long bodies stay one short task (issue 10). */
const BODY_READ = 4_000;

/**
 * The articles an element's filters let through, in their order: carrying any of `tags`, none
 * of `exclude-tags`, and every word of `query` (in the title, lead, tags or body, matched with
 * the Polish-aware analysis of related articles, so "budżetu" finds "budżet"). A pure function.
 */
export function filterArticles(articles: Article[], filter: ArticleFilter): Article[] {
  const wanted = new Set(tagList(filter.tags));
  const unwanted = new Set(tagList(filter.excludeTags));
  const query = (filter.query ?? '').trim();
  if (!wanted.size && !unwanted.size && !query) return articles;
  // The query's words are stemmed in each language an article may be in.
  const queries = { pl: stems(query, 'pl'), en: stems(query, 'en') };
  return articles.filter((article) => {
    const tags = article.tags.map(tagKey);
    if (wanted.size && !tags.some((tag) => wanted.has(tag))) return false;
    if (tags.some((tag) => unwanted.has(tag))) return false;
    if (!query) return true;
    const lang = termLanguage(article);
    const asked = queries[lang];
    // A query of stopwords only ("i", "w") asks for nothing in particular.
    if (!asked.size) return true;
    const text = `${article.title} ${article.lead} ${article.tags.join(' ')} ${scoringText((article.contentHtml ?? '').slice(0, BODY_READ))}`;
    const found = stems(text, lang);
    return [...asked].every((stem) => found.has(stem));
  });
}
