import type { Article, ArticleImage, ParsedFeed } from '../model/article.js';
import { cleanText, isoDate, normalizeImage, optionalText, textList, uniqueArticles } from '../model/normalize.js';
import { htmlToText } from '../sanitize/text.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { FeedError } from './errors.js';

/**
 * Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) plus the `_civic`
 * item extension (image alt, caption, credit, width, height; explicit related ids).
 * A bad field is dropped, a bad item is skipped, the rest is kept.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the value is a JSON Feed document (by its `version`). */
export function isJsonFeed(value: unknown): value is Json {
  return isObject(value) && typeof value.version === 'string' && /^https?:\/\/(www\.)?jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(value.version.trim());
}

/** Parses JSON Feed text; `feedUrl` is the base for relative URLs. */
export function parseJsonFeedText(text: string, feedUrl?: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FeedError('parse', 'The feed is not valid JSON.');
  }
  if (!isJsonFeed(data)) throw new FeedError('format', 'The JSON is not a JSON Feed (no jsonfeed.org version).');
  return readJsonFeed(data, feedUrl);
}

/** Maps an already parsed JSON Feed object. */
export function readJsonFeed(feed: Json, feedUrl?: string): ParsedFeed {
  // Relative URLs in items resolve against where the feed was fetched from, like feed readers do.
  const base = feedUrl ?? resolveHttpUrl(feed.home_page_url);
  const feedLanguage = optionalText(feed.language);
  const feedAuthors = readAuthors(feed);
  const items = Array.isArray(feed.items) ? feed.items : [];
  const articles: Article[] = [];
  for (const item of items) {
    if (!isObject(item)) continue;
    const article = readItem(item, base, feedAuthors, feedLanguage);
    if (article) articles.push(article);
  }
  const result: ParsedFeed = { articles: uniqueArticles(articles) };
  const title = optionalText(feed.title);
  if (title) result.title = title;
  if (feedLanguage) result.language = feedLanguage;
  return result;
}

function readItem(item: Json, base: string | undefined, feedAuthors: string[], feedLanguage?: string): Article | undefined {
  const rawId = typeof item.id === 'number' ? String(item.id) : item.id;
  const idText = optionalText(rawId);
  // The spec says `url` is the permalink; an id that is itself a URL serves when it is missing.
  const url = resolveHttpUrl(item.url, base) ?? resolveHttpUrl(item.external_url, base) ?? (idText && /^https?:/i.test(idText) ? resolveHttpUrl(idText) : undefined);
  if (!url) return undefined;

  const contentHtml = typeof item.content_html === 'string' && item.content_html.trim() ? item.content_html : undefined;
  const contentText = typeof item.content_text === 'string' && item.content_text.trim() ? item.content_text.trim() : undefined;
  const summary = optionalText(item.summary);
  const civic = isObject(item._civic) ? item._civic : {};

  const article: Article = {
    id: idText ?? url,
    url,
    title: cleanText(item.title),
    lead: summary ? htmlToText(summary) : contentHtml ? firstWords(htmlToText(contentHtml)) : firstWords(cleanText(contentText ?? '')),
    authors: readAuthors(item),
    tags: textList(item.tags),
  };
  if (!article.authors.length) article.authors = feedAuthors;
  if (contentHtml) article.contentHtml = contentHtml;
  else if (contentText) article.contentHtml = textToHtml(contentText);

  const image = readImage(item, civic, base ?? url);
  if (image) article.image = image;
  const published = isoDate(item.date_published);
  if (published) article.published = published;
  const updated = isoDate(item.date_modified);
  if (updated) article.updated = updated;
  const language = optionalText(item.language) ?? feedLanguage;
  if (language) article.language = language;
  const related = textList(civic.related);
  if (related.length) article.related = related;
  return article;
}

/** JSON Feed 1.1 `authors[]`, else 1.0 `author`. */
function readAuthors(source: Json): string[] {
  const list = Array.isArray(source.authors) ? source.authors : isObject(source.author) ? [source.author] : [];
  return textList(list.map((author) => (isObject(author) ? author.name : undefined)));
}

function readImage(item: Json, civic: Json, base: string): ArticleImage | undefined {
  const civicImage = isObject(civic.image) ? civic.image : civic;
  // The picture itself comes from JSON Feed; alt, caption, credit and size from `_civic`.
  return normalizeImage({ ...civicImage, src: resolveHttpUrl(item.image, base) ?? item.banner_image }, base);
}

/** A lead made from the body when the feed gives no summary: the first ~40 words. */
export function firstWords(text: string, max = 40): string {
  const words = text.split(' ');
  return words.length <= max ? text : `${words.slice(0, max).join(' ')}…`;
}

/** Plain-text bodies become paragraphs, escaped. */
function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('');
}
