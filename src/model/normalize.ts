import type { Article, ArticleImage } from './article.js';
import { parseDate } from '../feeds/dates.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';

/** Collapses runs of white space and trims; non-strings become ''. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** A non-empty trimmed string, or undefined. */
export function optionalText(value: unknown): string | undefined {
  const text = cleanText(value);
  return text === '' ? undefined : text;
}

/** A date as ISO 8601 (UTC), or undefined when it cannot be read: never "Invalid Date". */
export const isoDate = parseDate;

/** A positive whole number of pixels, or undefined. */
export function dimension(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 100_000 ? Math.round(n) : undefined;
}

/** Unique, non-empty, trimmed strings from whatever list-like value a feed gave. */
export function textList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const seen = new Set<string>();
  for (const item of items) {
    const text = cleanText(item);
    if (text) seen.add(text);
  }
  return [...seen];
}

/**
 * Re-checks an article that came from outside a reader (the `articles` property): wrong types
 * are dropped field by field. As with feeds, an article with no URL at all is kept (`url` is
 * empty, it is shown without a link) when it has a title or a lead; one whose URL is refused
 * (javascript:, not http(s)) is dropped.
 */
export function normalizeArticle(input: unknown, base?: string): Article | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const raw = input as Record<string, unknown>;
  const url = resolveHttpUrl(raw.url, base) ?? '';
  const title = cleanText(raw.title);
  const lead = cleanText(raw.lead);
  // A link that is there but refused (javascript:) drops the article, as in feeds.
  if (!url && (optionalText(raw.url) || (!title && !lead))) return undefined;
  const article: Article = {
    id: optionalText(raw.id) ?? url,
    url,
    title,
    lead,
    authors: textList(raw.authors),
    tags: textList(raw.tags),
  };
  if (typeof raw.contentHtml === 'string' && raw.contentHtml.trim()) article.contentHtml = raw.contentHtml;
  const image = normalizeImage(raw.image, url || base);
  if (image) article.image = image;
  const published = isoDate(raw.published);
  if (published) article.published = published;
  const updated = isoDate(raw.updated);
  if (updated) article.updated = updated;
  const language = optionalText(raw.language);
  if (language) article.language = language;
  const related = textList(raw.related);
  if (related.length) article.related = related;
  return article;
}

/** An image with an absolute http(s) `src`, or undefined. */
export function normalizeImage(input: unknown, base?: string): ArticleImage | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const raw = input as Record<string, unknown>;
  const src = resolveHttpUrl(raw.src, base);
  if (!src) return undefined;
  const image: ArticleImage = { src, alt: cleanText(raw.alt) };
  const caption = optionalText(raw.caption);
  if (caption) image.caption = caption;
  const credit = optionalText(raw.credit);
  if (credit) image.credit = credit;
  const width = dimension(raw.width);
  const height = dimension(raw.height);
  if (width && height) {
    image.width = width;
    image.height = height;
  }
  return image;
}

/** Drops later duplicates (same id or same URL; an empty one, of an item without a link, names nothing). */
export function uniqueArticles(articles: Iterable<Article>): Article[] {
  const ids = new Set<string>();
  const urls = new Set<string>();
  const out: Article[] = [];
  for (const article of articles) {
    if ((article.id && ids.has(article.id)) || (article.url && urls.has(article.url))) continue;
    if (article.id) ids.add(article.id);
    if (article.url) urls.add(article.url);
    out.push(article);
  }
  return out;
}
