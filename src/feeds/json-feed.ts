import type { Article, ArticleImage, ParsedFeed } from '../model/article.js';
import { cleanText, makeImage, optionalText, textList } from '../model/normalize.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { parseDate } from '../model/dates.js';
import { MAX_ITEMS, toArticle } from './draft.js';
import { isObject } from './json.js';
import { textToHtml } from './text.js';

/**
 * Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) plus the `_civic`
 * item extension (image alt, caption, credit, width, height; explicit related ids).
 * A bad field is dropped, a bad item is skipped, the rest is kept.
 */

type Json = Record<string, unknown>;

/** True when the value is a JSON Feed document: by its `version` URL (or a bare "1.1" beside `items`). */
export function isJsonFeed(value: unknown): value is Json {
  if (!isObject(value) || typeof value.version !== 'string') return false;
  const version = value.version.trim();
  return /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/.test(version) || (/^1(?:\.\d+)?$/.test(version) && Array.isArray(value.items));
}

/** Maps an already parsed JSON Feed object. */
export function readJsonFeed(feed: Json, feedUrl?: string): ParsedFeed {
  // Relative URLs in items resolve against where the feed was fetched from, like feed readers do.
  const base = feedUrl ?? resolveHttpUrl(feed.home_page_url);
  const feedLanguage = optionalText(feed.language);
  const feedAuthors = readAuthors(feed);
  const items = Array.isArray(feed.items) ? feed.items.slice(0, MAX_ITEMS) : [];
  const articles = items.filter(isObject).map((item) => readItem(item, base, feedAuthors, feedLanguage));
  const result: ParsedFeed = { format: 'json-feed', articles };
  const title = optionalText(feed.title);
  if (title) result.title = title;
  if (feedLanguage) result.language = feedLanguage;
  const home = resolveHttpUrl(feed.home_page_url, base);
  if (home) result.home = home;
  const next = resolveHttpUrl(feed.next_url, base);
  if (next) result.next = next;
  return result;
}

function readItem(item: Json, base: string | undefined, feedAuthors: string[], feedLanguage?: string): Article {
  const rawId = typeof item.id === 'number' ? String(item.id) : item.id;
  const idText = optionalText(rawId);
  // The spec says `url` is the permalink; an id that is itself a URL serves when it is missing.
  const url =
    resolveHttpUrl(item.url, base) ?? resolveHttpUrl(item.external_url, base) ?? (idText && /^https?:/i.test(idText) ? resolveHttpUrl(idText) : undefined);
  const contentText = typeof item.content_text === 'string' ? item.content_text : '';
  const civic = isObject(item._civic) ? item._civic : {};
  const authors = readAuthors(item);

  const article = toArticle({
    id: idText,
    url,
    // JSON Feed titles are plain text (spec): bound as text, never read as HTML.
    title: cleanText(item.title),
    summary: optionalText(item.summary),
    content: typeof item.content_html === 'string' && item.content_html.trim() ? item.content_html : textToHtml(contentText),
    image: readImage(item, civic, base ?? url),
    authors: authors.length ? authors : feedAuthors,
    published: parseDate(item.date_published),
    updated: parseDate(item.date_modified),
    tags: textList(item.tags),
    language: optionalText(item.language) ?? feedLanguage,
  });
  const related = textList(civic.related);
  if (related.length) article.related = related;
  return article;
}

/** JSON Feed 1.1 `authors[]`, else 1.0 `author`. */
function readAuthors(source: Json): string[] {
  const list = Array.isArray(source.authors) ? source.authors : isObject(source.author) ? [source.author] : [];
  return textList(list.map((author) => (isObject(author) ? author.name : undefined)));
}

/** `image` (else `banner_image`), with alt, caption, credit and size from `_civic`. */
function readImage(item: Json, civic: Json, base: string | undefined): ArticleImage | undefined {
  const c = isObject(civic.image) ? civic.image : civic;
  const make = (src: unknown) => makeImage(src, base, cleanText(c.alt), c.width, c.height, optionalText(c.credit), optionalText(c.caption));
  return make(item.image) ?? make(item.banner_image);
}
