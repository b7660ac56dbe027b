import { scanHtml, type RawAttribute } from '../sanitize/scan.js';
import { decodeAttribute } from '../sanitize/text.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { jsonFormat } from './read-json.js';

/** What the start of a response looks like. */
export type Sniffed = 'json' | 'xml' | 'html' | 'unknown';

/** What a response is, by its content. */
export type Detected = 'json-feed' | 'wordpress' | 'rss' | 'atom' | 'rss-in-json' | 'html' | 'json' | 'xml' | 'unknown';

/** HTML elements a web page may start with; no feed's root is one of them. */
const HTML_START = /^(?:html|head|body|meta|title|link|script|style|div|p|table|noscript)$/i;

/** The first element's name, past the XML declaration, processing instructions, comments and the DOCTYPE. */
export function rootName(text: string): string | undefined {
  // A linear scan: the regular expression it replaces backtracked exponentially on a DOCTYPE of
  // `[]` pairs (68 bytes took seconds, issue 10). A construct left open is not skipped.
  const head = text.slice(0, 65536);
  // Closing strings that do not occur after some point: looking again would make the scan quadratic.
  const missing = new Set<string>();
  for (let at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at)) {
    const end = skipProlog(head, at, missing);
    if (end > at) {
      at = end;
      continue;
    }
    NAME.lastIndex = at;
    const name = NAME.exec(head);
    if (name) return name[1];
    at++;
  }
  return undefined;
}

const NAME = /<([a-z_][\w.:-]*)/iy;

/** Where a PI, comment or DOCTYPE starting at `at` ends, or `at` when none starts there or it never ends. */
function skipProlog(head: string, at: number, missing: Set<string>): number {
  const close = (open: string, end: string) => {
    const found = missing.has(end) ? -1 : head.indexOf(end, at + open.length);
    if (found < 0) missing.add(end);
    return found < 0 ? at : found + end.length;
  };
  if (head.startsWith('<?', at)) return close('<?', '?>');
  if (head.startsWith('<!--', at)) return close('<!--', '-->');
  if (missing.has('>') || head.slice(at, at + 9).toUpperCase() !== '<!DOCTYPE') return at;
  // Text up to '>', where each '[' opens an internal subset that its first ']' closes.
  for (let i = at + 9; i < head.length; i++) {
    const c = head[i];
    if (c === '>') return i + 1;
    if (c === '[') {
      const end = missing.has(']') ? -1 : head.indexOf(']', i + 1);
      if (end < 0) {
        // An open DOCTYPE: later ones are not looked into either (that would be quadratic).
        missing.add(']').add('>');
        return at;
      }
      i = end;
    }
  }
  missing.add('>');
  return at;
}

/** Sniffs by content, never by file name or (often wrong) Content-Type. */
export function sniff(text: string): Sniffed {
  // Only the start is looked at: the text may be megabytes long.
  const head = text
    .slice(0, 65536)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^<!doctype\s+html/i.test(head)) return 'html';
  if (!head.startsWith('<')) return 'unknown';
  const root = rootName(head);
  return root && HTML_START.test(root) ? 'html' : 'xml';
}

export { jsonFormat };

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

const FEED_TYPES = /^application\/(?:rss|atom|feed)\+(?:xml|json)$/i;
/** The start of a page where its feed links are looked for: they are in its head. */
const PAGE_HEAD = 1 << 20;
const MAX_LINKS = 256;

/**
 * The feed a web page advertises with `<link rel="alternate">`, as an absolute URL. The page is
 * not parsed at all (150 KB of nested tags took Chromium 21 s, issue 10, and parsing its `<link>`
 * tags reported their `on*` and `style` attributes to the host page's CSP, issue 11): one linear
 * scan finds its `<link>` tags, outside comments and scripts, and reads their attributes as HTML
 * does (the first of a name wins, references decoded).
 */
export function advertisedFeed(html: string, pageUrl?: string): string | undefined {
  const links: RawAttribute[][] = [];
  const page = html.slice(0, PAGE_HEAD);
  scanHtml(
    page,
    {
      tag(name, end, _from, _to, attributes) {
        if (name === 'link' && !end && attributes) links.push(attributes);
        return links.length >= MAX_LINKS;
      },
    },
    true,
  );
  for (const attributes of links) {
    const read = (key: string) => {
      const found = attributes.find(([name]) => name === key);
      return found && decodeAttribute(found[1]);
    };
    const href = read('href');
    if (
      href === undefined ||
      !(read('rel') ?? '')
        .toLowerCase()
        .split(/[\t\n\f\r ]+/)
        .includes('alternate')
    )
      continue;
    if (!FEED_TYPES.test((read('type') ?? '').trim())) continue;
    const url = resolveHttpUrl(href, pageUrl);
    if (url) return url;
  }
  return undefined;
}
