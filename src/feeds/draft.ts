import type { Article, ArticleImage } from '../model/article.js';
import { MAX_TEXT as MAX_FIELD, textList } from '../model/normalize.js';
import { keepPublishedBody } from '../model/published-body.js';
import { rebaseHtml } from '../sanitize/rebase.js';
import { htmlToText } from '../sanitize/text.js';
import { firstImage } from './images.js';

/**
 * What every reader shares: an item as the reader found it (a Draft) becomes an Article the
 * same way whatever the format, so leads, images and titles follow one set of rules.
 */

/** Items read from one feed, in feed order (newest first, as feeds publish them). */
export const MAX_ITEMS = 200;
/** A lead needs 60 words, not a whole body: it is read from the start (a megabyte item stays cheap). */
const LEAD_SOURCES = [2_000, 20_000];
/**
 * Tags read for a lead at most. A related block reads the leads of all 200 items at once: a
 * body of nothing but tags must not cost 200 times a full read (issue 10).
 */
const LEAD_TAGS = 500;

/** An item as a reader found it. */
export interface Draft {
  id?: string;
  /** Absolute http(s) URL; empty when the item has none usable. */
  url?: string;
  /** Plain text. */
  title: string;
  /** HTML of the description, summary or excerpt. */
  summary?: string;
  /** Body HTML as published. */
  content?: string;
  /** The xml:base in scope of the body, when the feed sets one (relative URLs resolve against it). */
  base?: string;
  image?: ArticleImage;
  authors?: string[];
  published?: string;
  updated?: string;
  tags?: string[];
  language?: string;
}

/** The first `max` words, with an ellipsis when there were more. */
function firstWords(text: string, max = 40): string {
  const words = text.split(' ');
  return words.length <= max ? text : `${words.slice(0, max).join(' ')}…`;
}

/** A plain-text lead from HTML; WordPress's trailing "[…]" is not part of it. */
function leadText(html: string, max: number): string {
  let text = '';
  for (const size of LEAD_SOURCES) {
    // The start of a body nearly always holds enough words; a body that opens with a big
    // <style> or <svg> needs the longer read.
    text = htmlToText(html.slice(0, size), LEAD_TAGS);
    if (html.length <= size || text.split(' ').length > max) break;
  }
  for (const ellipsis of ['[…]', '[...]']) if (text.endsWith(ellipsis)) text = text.slice(0, -ellipsis.length).trimEnd();
  return firstWords(text, max);
}

/**
 * A field worked out when it is first read. A feed gives up to 200 articles and a list shows
 * five: leads (an HTML parse each) and rebased bodies are made for those five only.
 */
function lazy(article: Article, key: 'lead' | 'contentHtml', make: () => string, fallback: string): void {
  let value: string | undefined;
  // A getter that throws would break every render that reads it: a field that cannot be made
  // (a parse a page's policy refuses) falls back instead.
  const get = () => {
    try {
      return (value ??= make());
    } catch {
      return (value = fallback);
    }
  };
  Object.defineProperty(article, key, { enumerable: true, configurable: true, get, set: (v: string) => (value = v) });
}

/** The Article for a draft. Its `url` is empty when the item has no usable link (parseFeed drops it). */
export function toArticle(draft: Draft): Article {
  const url = draft.url ?? '';
  const { summary, base } = draft;
  const content = draft.content?.trim() ? draft.content : summary?.trim() ? summary : undefined;
  const article: Article = {
    id: draft.id || url,
    url,
    title: draft.title.slice(0, MAX_FIELD),
    lead: '',
    authors: textList(draft.authors),
    tags: textList(draft.tags),
  };
  if (summary?.trim() || content) lazy(article, 'lead', () => (summary?.trim() ? leadText(summary, 60) : leadText(content ?? '', 40)), '');
  // Relative URLs in a body resolve against the article's URL when it is shown (the sanitizer
  // does that); only an xml:base, which the sanitizer cannot know, is applied here.
  if (content && base) {
    lazy(article, 'contentHtml', () => rebaseHtml(content, base), content);
    keepPublishedBody(article, content);
  } else if (content) article.contentHtml = content;
  const picture = draft.image ?? (content ? firstImage(content, draft.base ?? (url || undefined)) : undefined);
  if (picture) article.image = picture;
  if (draft.published) article.published = draft.published;
  if (draft.updated) article.updated = draft.updated;
  if (draft.language) article.language = draft.language;
  return article;
}
