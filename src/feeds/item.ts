import type { Article, ArticleImage } from '../model/article.js';
import { dimension, textList } from '../model/normalize.js';
import { rebaseHtml } from '../sanitize/rebase.js';
import { htmlToText } from '../sanitize/text.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';

/**
 * What every reader shares: an item as the reader found it (a Draft) becomes an Article the
 * same way whatever the format, so leads, images and titles follow one set of rules.
 */

/** Items read from one feed, in feed order (newest first, as feeds publish them). */
export const MAX_ITEMS = 200;
/** A lead needs 60 words, not a whole body: it is read from the start (a megabyte item stays cheap). */
const LEAD_SOURCES = [2_000, 20_000];
/** Images are looked for in the start of a body only. */
const IMAGE_SOURCE = 100_000;

/** An item as a reader found it. */
export interface Draft {
  id?: string;
  /** Absolute http(s) URL; empty when the item has none usable. */
  url?: string;
  /**
   * The item names no link at all (no link element, no permalink): it is still news and is
   * shown without a link. An item whose link is there but refused (javascript:, tag:) is not.
   */
  linkless?: boolean;
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

/** A JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text made safe to put in HTML. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as HTML paragraphs, escaped. */
export function textToHtml(text: string): string {
  return text.trim() ? text.trim().split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('') : '';
}

/** The first `max` words, with an ellipsis when there were more. */
export function firstWords(text: string, max = 40): string {
  const words = text.split(' ');
  return words.length <= max ? text : `${words.slice(0, max).join(' ')}…`;
}

/** A plain-text lead from HTML; WordPress's trailing "[…]" is not part of it. */
export function leadText(html: string, max: number): string {
  let text = '';
  for (const size of LEAD_SOURCES) {
    // The start of a body nearly always holds enough words; a body that opens with a big
    // <style> or <svg> needs the longer read.
    text = htmlToText(html.slice(0, size));
    if (html.length <= size || text.split(' ').length > max) break;
  }
  return firstWords(text.replace(/\s*\[(?:…|\.\.\.)\]$/, ''), max);
}

/** A character by number; U+FFFD for numbers that name none (as HTML does). */
const codePoint = (n: number) => String.fromCodePoint(n > 0 && n < 0x110000 ? n : 0xfffd);
const REFS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML's references (and &nbsp;) decoded, in one pass: `&amp;lt;` becomes `&lt;`, not `<`. */
export const decodeRefs = (text: string) =>
  text.replace(/&(?:(lt|gt|amp|quot|apos|nbsp)|#(x?)([\da-f]+));/gi, (_, name: string, x: string, n: string) => (name ? REFS[name.toLowerCase()] : codePoint(parseInt(n, x ? 16 : 10))));

let probe: Document | undefined;
/** True for a tag name HTML knows (b, img, script…), false for `<Tutorial>` or `<3`. */
const isHtmlTag = (name: string) => {
  try {
    return !name.includes('-') && !((probe ??= document.implementation.createHTMLDocument('')).createElement(name) instanceof HTMLUnknownElement);
  } catch {
    return false;
  }
};

/**
 * Text from a title that may carry HTML (RSS, WordPress): tags, comments and doctypes are
 * stripped and entities decoded once, while angle brackets that are not markup ("RSS
 * <<<Tutorial>>>", "a < b") stay as text.
 */
export function markupText(value: string): string {
  // Most titles hold no tags and only the common entities: those need no HTML parser.
  if (!/<|&(?!(?:#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);)/i.test(value)) return decodeRefs(value).replace(/\s+/g, ' ').trim();
  // Markup is what HTML knows or what is plainly markup: comments, doctypes and processing
  // instructions (`<!`, `<?`), namespaced Office tags (`<o:p>`), and unknown elements that are
  // closed (`<foo>…</foo>`). Any other `<` is text (issue 11).
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const [, slash, name] of value.matchAll(/<(\/?)([a-z][\w.:-]*)/gi)) (slash ? closed : opened).add(name.toLowerCase());
  return htmlToText(
    value.replace(/<(\/?)([a-z][\w.:-]*)?(?=([!?]?))/gi, (m, slash: string, name: string | undefined, bang: string) => {
      if (!name) return bang && !slash ? m : `&lt;${slash}`;
      const lower = name.toLowerCase();
      return name.includes(':') || (slash ? opened : closed).has(lower) || isHtmlTag(name) ? m : `&lt;${slash}${name}`;
    }),
  );
}

/** "jan@example.org (Jan Nowak)", "Jan Nowak (jan@…)" and "Jan Nowak <jan@…>" name Jan Nowak; a bare address names nobody. */
export function personName(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const named = /^\S+@\S+ \((.+)\)$/.exec(text) ?? /^(.+?) ?[<(]\S+@\S+[>)]$/.exec(text);
  return named ? named[1].trim() : /^\S+@\S+$/.test(text) ? '' : text;
}

/** Of several renditions of one picture, the one nearest 800 px wide (sharp on phones, not the original). */
export function nearest800<T extends { width?: number }>(list: T[]): T | undefined {
  let best: T | undefined;
  for (const item of list) if (!best || Math.abs((item.width ?? 800) - 800) < Math.abs((best.width ?? 800) - 800)) best = item;
  return best;
}

/** An image from parts, or undefined without an absolute http(s) `src`. */
export function image(src: unknown, base: string | undefined, alt = '', width?: unknown, height?: unknown, credit?: string, caption?: string): ArticleImage | undefined {
  const url = resolveHttpUrl(src, base);
  if (!url) return undefined;
  const result: ArticleImage = { src: url, alt };
  const w = dimension(width);
  const h = dimension(height);
  if (w && h) {
    result.width = w;
    result.height = h;
  }
  if (credit) result.credit = credit;
  if (caption) result.caption = caption;
  return result;
}

/** The first real picture in a body (not a 1×1 tracking pixel), with its alt. */
export function firstImage(html: string, base: string | undefined): ArticleImage | undefined {
  for (const [tag] of html.slice(0, IMAGE_SOURCE).matchAll(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const attr = (name: string) => {
      const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
      return m ? htmlToText(m[1] ?? m[2] ?? m[3]) : undefined;
    };
    const width = attr('width');
    const height = attr('height');
    if (Number(width) < 2 || Number(height) < 2) continue;
    const found = image(attr('src'), base, attr('alt') ?? '', width, height);
    if (found) return found;
  }
  return undefined;
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

const linkless = new WeakSet<Article>();

/** True for an article whose item named no link at all (see Draft.linkless). */
export const isLinkless = (article: Article) => linkless.has(article);

/** The Article for a draft. Its `url` is empty when the item has no usable link. */
export function toArticle(draft: Draft): Article {
  const url = draft.url ?? '';
  const { summary, base } = draft;
  const content = draft.content?.trim() ? draft.content : summary?.trim() ? summary : undefined;
  const article: Article = { id: draft.id || url, url, title: draft.title, lead: '', authors: textList(draft.authors), tags: textList(draft.tags) };
  if (summary?.trim() || content) lazy(article, 'lead', () => (summary?.trim() ? leadText(summary, 60) : leadText(content ?? '', 40)), '');
  // Relative URLs in a body resolve against the article's URL when it is shown (the sanitizer
  // does that); only an xml:base, which the sanitizer cannot know, is applied here.
  if (content && base) lazy(article, 'contentHtml', () => rebaseHtml(content, base), content);
  else if (content) article.contentHtml = content;
  const picture = draft.image ?? (content ? firstImage(content, draft.base ?? (url || undefined)) : undefined);
  if (picture) article.image = picture;
  if (draft.published) article.published = draft.published;
  if (draft.updated) article.updated = draft.updated;
  if (draft.language) article.language = draft.language;
  if (!url && draft.linkless) linkless.add(article);
  return article;
}
