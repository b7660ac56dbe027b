import type { ArticleImage, ParsedFeed } from '../model/article.js';
import { cleanText, dimension, makeImage, MAX_TEXT, normalizeSrcset } from '../model/normalize.js';
import { htmlToText } from '../sanitize/text.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { parseDate } from '../model/dates.js';
import { MAX_ITEMS, toArticle } from './draft.js';
import { nearest800 } from './images.js';
import { isObject } from './json.js';
import { markupText } from './text.js';

/**
 * Reads the WordPress REST API v2 (`/wp-json/wp/v2/posts`, pages and custom post types, one
 * post or a list), with or without `_embed`. Dates are `date_gmt` (UTC without a suffix).
 * Without `_embed` a post names its image, authors and terms by id only: the image then comes
 * from Yoast's or Jetpack's fields, else the body.
 */

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.flat().filter(isObject) : []);
const rendered = (value: unknown): string | undefined => (isObject(value) ? rendered(value.rendered) : typeof value === 'string' ? value : undefined);

/** A post, page or custom post type: a link plus what only posts have (not a term, user or comment). */
export function isWordPressPost(value: unknown): value is Json {
  return isObject(value) && typeof value.link === 'string' && ('title' in value || 'excerpt' in value || 'featured_media' in value);
}

/** A posts response: one post, or an array of them (an empty array is an empty list). */
export function isWordPress(value: unknown): boolean {
  return Array.isArray(value) ? !value.length || value.some(isWordPressPost) : isWordPressPost(value);
}

/** The featured image: the rendition nearest 800 px wide, alt_text as alt, caption as credit. */
function featured(media: Json | undefined, base: string | undefined): ArticleImage | undefined {
  if (!media) return undefined;
  const details = isObject(media.media_details) ? media.media_details : {};
  const sizes = isObject(details.sizes) ? Object.values(details.sizes).filter(isObject) : [];
  const renditions = [...sizes, { ...details, source_url: media.source_url }]
    // Only renditions with a usable URL compete: an empty one must not hide the others (issue 11).
    .filter((size) => !!resolveHttpUrl(size.source_url, base))
    .map((size) => ({ src: size.source_url, width: dimension(size.width), height: size.height }));
  const best = nearest800(renditions);
  const picked =
    best &&
    makeImage(best.src, base, cleanText(media.alt_text), best.width, best.height, htmlToText((rendered(media.caption) ?? '').slice(0, MAX_TEXT)) || undefined);
  // Every rendition of the same ratio: the browser picks the one for the reader's screen.
  const ratioOf = (size: { width?: number; height: unknown }) => (size.width ? (dimension(size.height) ?? 0) / size.width : 0);
  const ratio = best ? ratioOf(best) : 0;
  const same = renditions.filter((size) => ratio && Math.abs(ratioOf(size) - ratio) < 0.02);
  const srcset = normalizeSrcset([...new Set(same.map((size) => `${resolveHttpUrl(size.src, base)} ${size.width}w`))]);
  if (picked && srcset) picked.srcset = srcset;
  return picked;
}

export function readWordPress(data: unknown, feedUrl?: string): ParsedFeed {
  const posts = (Array.isArray(data) ? data : [data]).filter(isWordPressPost).slice(0, MAX_ITEMS);
  const articles = posts.map((post) => {
    const url = resolveHttpUrl(post.link, feedUrl);
    const embedded = isObject(post._embedded) ? post._embedded : {};
    const yoast = isObject(post.yoast_head_json) ? list(post.yoast_head_json.og_image)[0] : undefined;
    return toArticle({
      id: typeof post.id === 'number' || typeof post.id === 'string' ? String(post.id) : undefined,
      url,
      title: markupText(rendered(post.title) ?? ''),
      summary: rendered(post.excerpt),
      content: rendered(post.content),
      image:
        featured(list(embedded['wp:featuredmedia'])[0], feedUrl) ??
        (yoast && makeImage(yoast.url, feedUrl, '', yoast.width, yoast.height)) ??
        makeImage(post.jetpack_featured_media_url, feedUrl),
      authors: list(embedded.author).map((author) => cleanText(author.name)),
      published: parseDate(post.date_gmt) ?? parseDate(post.date),
      updated: parseDate(post.modified_gmt) ?? parseDate(post.modified),
      // wp:term holds one array per taxonomy: categories, tags, then custom ones.
      tags: list(embedded['wp:term']).map((term) => cleanText(term.name)),
      language: cleanText(post.lang) || undefined,
    });
  });
  return { format: 'wordpress', articles };
}
