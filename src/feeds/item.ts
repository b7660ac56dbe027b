import type { Article, ArticleImage } from '../model/article.js';
import { makeImage, MAX_TEXT as MAX_FIELD, textList } from '../model/normalize.js';
import { keepPublishedBody } from '../model/published-body.js';
import { rebaseHtml } from '../sanitize/rebase.js';
import { readTag } from '../sanitize/scan.js';
import { htmlToText } from '../sanitize/text.js';

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
/** Images are looked for in the start of a body only. */
const IMAGE_SOURCE = 100_000;

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
    text = htmlToText(html.slice(0, size), LEAD_TAGS);
    if (html.length <= size || text.split(' ').length > max) break;
  }
  for (const ellipsis of ['[…]', '[...]']) if (text.endsWith(ellipsis)) text = text.slice(0, -ellipsis.length).trimEnd();
  return firstWords(text, max);
}

/** A character by number; U+FFFD for numbers that name none (as HTML does). */
const codePoint = (n: number) => String.fromCodePoint(n > 0 && n < 0x110000 ? n : 0xfffd);
const REFS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML's references (and &nbsp;) decoded, in one pass: `&amp;lt;` becomes `&lt;`, not `<`. */
export const decodeRefs = (text: string) =>
  text.replace(/&(?:(lt|gt|amp|quot|apos|nbsp)|#(x?)([\da-f]+));/gi, (_, name: string, x: string, n: string) => (name ? REFS[name.toLowerCase()] : codePoint(parseInt(n, x ? 16 : 10))));

let probe: Document | undefined;
const known = new Map<string, boolean>();
/** True for a tag name HTML knows (b, img, script…), false for `<Tutorial>` or `<3`. */
function isHtmlTag(name: string): boolean {
  const key = name.toLowerCase();
  let html = known.get(key);
  if (html === undefined) {
    try {
      html = !key.includes('-') && !((probe ??= document.implementation.createHTMLDocument('')).createElement(key) instanceof HTMLUnknownElement);
    } catch {
      // Not a valid element name (`o:p.x`): not a tag HTML knows.
      html = false;
    }
    if (known.size > 1000) known.clear();
    known.set(key, html);
  }
  return html;
}

/**
 * Text from a title that may carry HTML (RSS, WordPress): tags, comments and doctypes are
 * stripped and entities decoded once, while angle brackets that are not markup ("RSS
 * <<<Tutorial>>>", "a < b") stay as text.
 */
export function markupText(value: string): string {
  value = value.slice(0, MAX_FIELD);
  // Most titles hold no tags and only the common entities: those need no HTML parser.
  if (!/<|&(?!(?:#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);)/i.test(value)) return decodeRefs(value).replace(/\s+/g, ' ').trim();
  // Markup is what HTML knows or what is plainly markup: comments, doctypes and processing
  // instructions (`<!`, `<?`), namespaced Office tags (`<o:p>`), and unknown elements that are
  // closed (`<foo>…</foo>`). Any other `<` is text (issue 11).
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const [, slash, name] of value.matchAll(/<(\/?)([a-z][\w.:-]*)/gi)) (slash ? closed : opened).add(name.toLowerCase());
  return htmlToText(
    value.replace(/<(\/?)([a-z][\w.:-]*)?/gi, (m: string, slash: string, name: string | undefined, at: number) => {
      const bang = !name && (value[at + m.length] === '!' || value[at + m.length] === '?');
      if (!name) return bang && !slash ? m : `&lt;${slash}`;
      const lower = name.toLowerCase();
      return name.includes(':') || (slash ? opened : closed).has(lower) || isHtmlTag(name) ? m : `&lt;${slash}${name}`;
    }),
  );
}

/**
 * "jan@example.org (Jan Nowak)", "Jan Nowak (jan@…)" and "Jan Nowak <jan@…>" name Jan Nowak; a
 * bare address names nobody. Read by position, not by a regular expression: the one it replaces
 * was cubic (7 KB of `<a@a` in an author froze the page for seconds, issue 10).
 */
export function personName(value: string): string {
  const text = value.slice(0, MAX_FIELD).replace(/\s+/g, ' ').trim();
  const last = text.length - 1;
  const space = text.indexOf(' ');
  // An address (`\S+@\S+`) in [from, last): an '@' with something either side.
  const hasAt = (from: number, to: number) => {
    const at = text.lastIndexOf('@', to - 2);
    return at > from && at < to - 1;
  };
  // "jan@example.org (Jan Nowak)": the address is everything before the first space.
  if (space > 0 && text[space + 1] === '(' && text[last] === ')' && last > space + 2 && hasAt(0, space)) return text.slice(space + 2, last).trim();
  // "Jan Nowak <jan@…>" or "Jan Nowak (jan@…)": the address is the last word, bracketed; the
  // name is what comes before the first bracket that leaves an address after it.
  if (text[last] === '>' || text[last] === ')') {
    const at = text.lastIndexOf('@', last - 2);
    for (let open = Math.max(1, text.lastIndexOf(' ') + 1); open <= at - 2; open++) {
      if (text[open] === '<' || text[open] === '(') return text.slice(0, text[open - 1] === ' ' && open > 1 ? open - 1 : open).trim();
    }
  }
  return space < 0 && hasAt(0, text.length) ? '' : text;
}

/** Of several renditions of one picture, the one nearest 800 px wide (sharp on phones, not the original). */
export function nearest800<T extends { width?: number }>(list: T[]): T | undefined {
  let best: T | undefined;
  for (const item of list) if (!best || Math.abs((item.width ?? 800) - 800) < Math.abs((best.width ?? 800) - 800)) best = item;
  return best;
}

/** An image from parts: the model's rules (src/model/normalize.ts), shared with the `articles` property. */
export const image = makeImage;

const IMG = /<img(?=[\t\n\f\r />])/gi;

/**
 * The first real picture in a body (not a 1×1 tracking pixel), with its alt. Each `<img` is
 * read as the HTML tokenizer reads a tag (src/sanitize/scan.ts), once: the regular expression
 * this replaces was quadratic on 100 KB of `<img` (seconds per item, issue 10).
 */
export function firstImage(html: string, base: string | undefined): ArticleImage | undefined {
  const source = html.slice(0, IMAGE_SOURCE);
  let from = 0;
  for (const match of source.matchAll(IMG)) {
    // An `<img` inside the attributes of the last one is not a tag.
    if (match.index < from) continue;
    const tag = readTag(source, match.index, false, true);
    // The body ends inside the tag: HTML drops it, and every `<img` after it is inside it.
    if (!tag) break;
    from = tag.to;
    const attr = (wanted: string) => {
      const value = tag.attributes?.find(([key]) => key === wanted)?.[1];
      return value === undefined ? undefined : htmlToText(value);
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

/** The Article for a draft. Its `url` is empty when the item has no usable link (parseFeed drops it). */
export function toArticle(draft: Draft): Article {
  const url = draft.url ?? '';
  const { summary, base } = draft;
  const content = draft.content?.trim() ? draft.content : summary?.trim() ? summary : undefined;
  const article: Article = { id: draft.id || url, url, title: draft.title.slice(0, MAX_FIELD), lead: '', authors: textList(draft.authors), tags: textList(draft.tags) };
  if (summary?.trim() || content) lazy(article, 'lead', () => (summary?.trim() ? leadText(summary, 60) : leadText(content ?? '', 40)), '');
  // Relative URLs in a body resolve against the article's URL when it is shown (the sanitizer
  // does that); only an xml:base, which the sanitizer cannot know, is applied here.
  if (content && base) {
    lazy(article, 'contentHtml', () => rebaseHtml(content, base), content);
    keepPublishedBody(article, content);
  }
  else if (content) article.contentHtml = content;
  const picture = draft.image ?? (content ? firstImage(content, draft.base ?? (url || undefined)) : undefined);
  if (picture) article.image = picture;
  if (draft.published) article.published = draft.published;
  if (draft.updated) article.updated = draft.updated;
  if (draft.language) article.language = draft.language;
  return article;
}
