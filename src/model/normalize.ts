import type { Article, ArticleImage } from './article.js';
import { parseDate } from './dates.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';

/**
 * Characters of a title, name, caption or tag that are kept, and tags or names per article: no
 * real one comes near, and a hostile feed's megabyte title would take the browser seconds to lay
 * out (issue 10).
 */
export const MAX_TEXT = 4_000;
const MAX_LIST = 100;

/** Collapses runs of white space and trims; non-strings become ''. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** A non-empty trimmed string, or undefined. */
export function optionalText(value: unknown): string | undefined {
  const text = cleanText(value);
  return text === '' ? undefined : text;
}

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
    const text = cleanText(typeof item === 'string' ? item.slice(0, MAX_TEXT) : item);
    if (text) seen.add(text);
    if (seen.size >= MAX_LIST) break;
  }
  return [...seen];
}

/**
 * Re-checks an article that came from outside a reader (the `articles` property):
 * wrong types are dropped field by field, and an article without a usable URL is dropped.
 */
export function normalizeArticle(input: unknown, base?: string): Article | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const raw = input as Record<string, unknown>;
  const url = resolveHttpUrl(raw.url, base);
  if (!url) return undefined;
  const article: Article = {
    id: optionalText(raw.id) ?? url,
    url,
    title: cleanText(raw.title).slice(0, MAX_TEXT),
    lead: cleanText(raw.lead),
    authors: textList(raw.authors),
    tags: textList(raw.tags),
  };
  if (typeof raw.contentHtml === 'string' && raw.contentHtml.trim()) article.contentHtml = raw.contentHtml;
  const image = normalizeImage(raw.image, url);
  if (image) article.image = image;
  const published = parseDate(raw.published);
  if (published) article.published = published;
  const updated = parseDate(raw.updated);
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
  const image = makeImage(raw.src, base, raw.alt, raw.width, raw.height, raw.credit, raw.caption);
  const srcset = image && normalizeSrcset(raw.srcset, base);
  if (image && srcset) image.srcset = srcset;
  return image;
}

/**
 * The one set of image rules, for readers and the `articles` property alike: an absolute
 * http(s) `src` or no image; text fields cleaned and capped; a size only when both sides are
 * known (one side alone cannot reserve the box, and a wrong ratio is worse than none).
 */
export function makeImage(
  src: unknown,
  base: string | undefined,
  alt?: unknown,
  width?: unknown,
  height?: unknown,
  credit?: unknown,
  caption?: unknown,
): ArticleImage | undefined {
  const url = resolveHttpUrl(src, base);
  if (!url) return undefined;
  const image: ArticleImage = { src: url, alt: cleanText(typeof alt === 'string' ? alt.slice(0, MAX_TEXT) : alt) };
  const w = dimension(width);
  const h = dimension(height);
  if (w && h) {
    image.width = w;
    image.height = h;
  }
  const creditText = optionalText(credit)?.slice(0, MAX_TEXT);
  if (creditText) image.credit = creditText;
  const captionText = optionalText(caption)?.slice(0, MAX_TEXT);
  if (captionText) image.caption = captionText;
  return image;
}

/**
 * A `srcset` of width candidates (`url 480w, url 800w`) whose URLs pass the URL policy; a
 * candidate with a comma or space in its URL, or with another descriptor, is left out.
 */
export function normalizeSrcset(input: unknown, base?: string): string | undefined {
  const candidates = typeof input === 'string' ? input.split(/,\s+/) : Array.isArray(input) ? input : [];
  const kept: string[] = [];
  for (const candidate of candidates.slice(0, 12)) {
    const [url, width, ...rest] = typeof candidate === 'string' ? candidate.trim().split(/\s+/) : [];
    const src = resolveHttpUrl(url, base);
    if (src && !rest.length && /^[1-9]\d{0,4}w$/.test(width ?? '') && !/[\s,]/.test(src)) kept.push(`${src} ${width}`);
  }
  return kept.length > 1 ? kept.join(', ') : undefined;
}

/** Drops invalid articles and later duplicates (same id or same URL). */
export function uniqueArticles(articles: Iterable<Article>): Article[] {
  const ids = new Set<string>();
  const urls = new Set<string>();
  const out: Article[] = [];
  for (const article of articles) {
    if (ids.has(article.id) || urls.has(article.url)) continue;
    ids.add(article.id);
    urls.add(article.url);
    out.push(article);
  }
  return out;
}
