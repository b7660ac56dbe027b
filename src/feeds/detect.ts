import { parseInert } from '../sanitize/inert.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { isJsonFeed } from './json-feed.js';
import { isWordPress } from './wordpress.js';

/** What the start of a response looks like. */
export type Sniffed = 'json' | 'xml' | 'html' | 'unknown';

/** What a response is, by its content. */
export type Detected = 'json-feed' | 'wordpress' | 'rss' | 'atom' | 'rss-in-json' | 'html' | 'json' | 'xml' | 'unknown';

/** HTML elements a web page may start with; no feed's root is one of them. */
const HTML_START = /^(html|head|body|meta|title|link|script|style|div|p|table|noscript)$/i;

/** The first element's name, past the XML declaration, comments and the DOCTYPE. */
export function rootName(text: string): string | undefined {
  const head = text.slice(0, 65536).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, '');
  return /<([A-Za-z_][\w.:-]*)/.exec(head)?.[1];
}

/** Sniffs by content, never by file name or (often wrong) Content-Type. */
export function sniff(text: string): Sniffed {
  // Only the start is looked at: the text may be megabytes long.
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^<!doctype\s+html/i.test(head)) return 'html';
  if (!head.startsWith('<')) return 'unknown';
  const root = rootName(head);
  return root && HTML_START.test(root) ? 'html' : 'xml';
}

/** The feed format of parsed JSON: JSON Feed by its `version`, WordPress by its shape. */
export function jsonFormat(data: unknown): 'json-feed' | 'wordpress' | 'rss-in-json' | undefined {
  if (isJsonFeed(data)) return 'json-feed';
  if (isWordPress(data)) return 'wordpress';
  // Dave Winer's RSS-in-JSON ({"rss": {"channel": …}}) has RSS's fields, not JSON Feed's.
  return data && typeof data === 'object' && 'rss' in data ? 'rss-in-json' : undefined;
}

/** The feed format of an XML root element name. */
export function xmlFormat(root: string | undefined): 'rss' | 'atom' | undefined {
  const name = root?.replace(/^.*:/, '').toLowerCase();
  return name === 'rss' || name === 'rdf' ? 'rss' : name === 'feed' ? 'atom' : undefined;
}

/** What a response is: its feed format, or why it is none. */
export function detect(text: string): Detected {
  const kind = sniff(text);
  if (kind === 'json') {
    try {
      return jsonFormat(JSON.parse(text)) ?? 'json';
    } catch {
      return 'unknown';
    }
  }
  return kind === 'xml' ? (xmlFormat(rootName(text.slice(0, 65536).trimStart())) ?? 'xml') : kind;
}

const FEED_TYPES = /^application\/(rss|atom|feed)\+(xml|json)$/i;

/** The feed a web page advertises with `<link rel="alternate">`, as an absolute URL. */
export function advertisedFeed(html: string, pageUrl?: string): string | undefined {
  const doc = parseInert(html, 'text/html');
  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate" i][href]'))) {
    if (!FEED_TYPES.test((link.getAttribute('type') ?? '').trim())) continue;
    const url = resolveHttpUrl(link.getAttribute('href'), pageUrl);
    if (url) return url;
  }
  return undefined;
}
