import type { Article, ParsedFeed } from '../model/article.js';
import { parseInert } from '../sanitize/inert.js';
import { FeedError } from './errors.js';
import { MAX_ITEMS } from './draft.js';
import { run } from './tasks.js';
import { decodeRefs, escapeHtml } from './text.js';

/**
 * XML for the RSS and Atom readers: the browser's own parser (DOMParser, through the one
 * inert door), with what it takes to read real feeds fast and safely:
 *
 * - Only what is needed: the text is cut after MAX_ITEMS items (closing the open elements),
 *   and long text runs and CDATA sections (article bodies) are kept out of the parser and put
 *   back when read. Chromium's XML parser needs about a second for 10 MB, even for one big
 *   CDATA section; this keeps a huge feed, or one huge item, from freezing the page.
 * - No entity expansion: the DOCTYPE (and with it any <!ENTITY>) is dropped before parsing,
 *   so an XML bomb expands nothing in any browser.
 * - Repair of the common mistakes of old CMSs, tried only when strict parsing fails: HTML
 *   entities such as &nbsp; (valid in HTML, undefined in XML), a bare & in a URL, control
 *   characters, namespace prefixes used without a declaration.
 */

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content',
  dc: 'http://purl.org/dc/elements/1.1',
  dcterms: 'http://purl.org/dc/terms',
  media: 'http://search.yahoo.com/mrss',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
};

/** Runs of text at least this long are kept out of the XML parser. */
const SPILL = 4096;
const MARK = /\uE000(\d+)\uE000/g;
const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;
// A tag in two steps, each read once: a name and the attributes after it could trade characters
// in one expression, which made a long unclosed `<aaa…` quadratic (issue 10). The attributes
// unrolled (runs of plain characters between quoted values), not a star over alternatives:
// WebKit's engine took 75–100 ms to refuse 100 KB of `<a <a <a` that way, this way 1 ms.
const TAG_NAME = /<(\/?)([^\s/>]+)/y;
const TAG_REST = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/iy;
const ITEM = /^(?:[\w.-]+:)?(?:item|entry)$/;

/**
 * Element nesting a feed may have. Real feeds nest a dozen levels (an XHTML body a few more);
 * Chromium builds a deep tree slowly, even when it then reports an error (3,500 unclosed <b> in
 * a feed blocked the page for 0.4 s, issue 10), so a deeper feed is refused before it is parsed.
 */
export const MAX_XML_DEPTH = 256;

/**
 * A parsed feed document, with what reading it needs. Long text runs were kept out of the
 * parser (spilled) and are put back by `text` and `markup`: each parse keeps its own, so no
 * parse can see another's text, and nothing is left behind once the readers are done with it.
 */
export interface FeedXml {
  /** The document element: <rss>, <feed>, <rdf:RDF>. */
  root: Element;
  /** The document was cut short: only its complete items were parsed. */
  truncated: boolean;
  /** An element's text, with spilled runs put back. */
  text: (el: Element | undefined) => string;
  /** Serialized child markup (Atom xhtml content), with spilled runs put back escaped. */
  markup: (el: Element) => string;
  /**
   * With parseFeedXml's `window`: `root` holds the first items only, and each of these parses
   * the next window of items (the same document around them) and gives its root, or undefined
   * when that window is not well-formed (then the whole text is to be parsed as before).
   */
  later?: (() => Element | undefined)[];
}

/** Counts item ends chunk by chunk: true once there are more than a reader will use. */
export function itemCounter(): (chunk: string) => boolean {
  let n = 0;
  return (chunk) => {
    ITEM_END.lastIndex = 0;
    while (ITEM_END.exec(chunk)) if (++n > MAX_ITEMS) return true;
    return false;
  };
}

function spill(spilled: string[], text: string): string {
  spilled.push(text);
  return `\uE000${spilled.length - 1}\uE000`;
}

/**
 * One pass over the tags: drops the prolog's DOCTYPE, spills long text into `spilled`, and cuts
 * after MAX_ITEMS items. `partial` says the text is only the start of the body; the cut then also
 * happens at the last complete item. Returns undefined when a partial text has too few items.
 * A step (a `yield`) every 1,024 tags: the store's reader gives the page a turn between them.
 * `marks` gets where each item (an item or entry beside the first) starts and ends in the text
 * returned, in pairs; NaN first when they do not pair up.
 */
function* prepare(text: string, partial: boolean, spilled: string[], marks: number[] = []): Generator<void, string | undefined> {
  const out: string[] = [];
  const stack: string[] = [];
  let pos = 0;
  let last = 0;
  // The length of `out` joined: `marks` are places in the text returned.
  let length = 0;
  const put = (...parts: string[]) => parts.forEach((part) => out.push(part) && (length += part.length));
  // An item's start when `marks` has an even length, its end when odd; else the order is broken.
  const mark = (at: number, end: boolean) => (marks.length % 2 === +end ? marks.push(at) : (marks[0] = NaN));
  let items = 0;
  let itemDepth = -1;
  // Where the last complete item ended: in `out` and in `text`.
  let cutOut = 0;
  let cutLast = 0;
  let cutPos = 0;
  // The elements open around the items when the last one ended (they may be closed since).
  let around: string[] = [];
  for (let tags = 0; ; tags++) {
    // A step every 1,024 tags (and other markup): 200 items took up to 110 ms at 4× CPU slowdown.
    if (!(tags & 1023)) yield;
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    if (lt - pos >= SPILL && stack.length) {
      put(text.slice(last, pos), spill(spilled, decodeRefs(text.slice(pos, lt))));
      last = lt;
    }
    let end: number;
    if (text.startsWith('<![CDATA[', lt)) {
      end = text.indexOf(']]>', lt);
      if (end < 0) break;
      if (end - lt > SPILL) {
        put(text.slice(last, lt), `<![CDATA[${spill(spilled, text.slice(lt + 9, end))}]]>`);
        last = end + 3;
      }
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<!--', lt)) {
      end = text.indexOf('-->', lt);
      if (end < 0) break;
      pos = end + 3;
      continue;
    }
    if (!stack.length && /^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
      // The internal subset may hold '>' inside declarations: skip to the `]>` that ends it.
      DOCTYPE.lastIndex = lt;
      const close = DOCTYPE.exec(text);
      if (!close) break;
      put(text.slice(last, lt));
      pos = last = lt + close[0].length;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(text);
    if (!tag) break;
    TAG_REST.lastIndex = TAG_NAME.lastIndex;
    const rest = TAG_REST.exec(text);
    if (!rest) break;
    pos = TAG_REST.lastIndex;
    const name = tag[2];
    if (/^[?!]/.test(name)) continue;
    if (tag[1]) {
      stack.pop();
      if (stack.length === itemDepth && ITEM.test(name)) {
        mark(length + pos - last, true);
        cutOut = out.length;
        cutLast = last;
        cutPos = pos;
        around = stack.slice();
        if (++items >= MAX_ITEMS) break;
      }
    } else if (!rest[0].endsWith('/>')) {
      if (itemDepth < 0 && ITEM.test(name)) itemDepth = stack.length;
      if (stack.length === itemDepth && ITEM.test(name)) mark(length + lt - last, false);
      stack.push(name);
      if (stack.length > MAX_XML_DEPTH) throw new FeedError('parse', `The feed nests deeper than ${MAX_XML_DEPTH} levels.`);
    }
  }
  if (items >= MAX_ITEMS || partial) {
    if (!items) return undefined;
    // Close what is open around the items: </channel></rss>, </feed>, </rdf:RDF>.
    const open = around;
    return (
      out.slice(0, cutOut).join('') +
      text.slice(cutLast, cutPos) +
      open
        .reverse()
        .map((name) => `</${name}>`)
        .join('')
    );
  }
  return out.join('') + text.slice(last);
}

/** The old CMS mistakes a strict parser rejects, fixed as a browser would read them. */
function repair(text: string): string {
  const names = new Set<string>();
  text = text
    // Control characters are not allowed in XML 1.0 at all: removing them is the repair.
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\v\f\x0e-\x1f\ufffe\uffff]/g, '')
    .replace(/&(?!(?:[a-z_][\w.-]*|#\d+|#x[\da-f]+);)/gi, '&amp;')
    .replace(/&([a-z]\w*);/gi, (m, name: string) => {
      if (!/^(?:lt|gt|amp|quot|apos)$/.test(name)) names.add(name);
      return m;
    });
  if (names.size) {
    // The HTML parser knows all 2,231 named references: let it decode the unknown ones.
    const list = [...names];
    const area = parseInert(`<textarea>${list.map((n) => `&${n};`).join('\u0001')}</textarea>`, 'text/html').querySelector('textarea');
    const values = (area?.value ?? '').split('\u0001');
    const map = new Map(
      list.map((n, i) => [n, values[i] && values[i] !== `&${n};` ? [...values[i]].map((c) => `&#${c.codePointAt(0)};`).join('') : `&amp;${n};`]),
    );
    text = text.replace(/&([a-z]\w*);/gi, (m, name: string) => map.get(name) ?? m);
  }
  // Prefixes used without xmlns: declarations (`<dc:creator>` in a feed that forgot xmlns:dc).
  const declared = new Set(Array.from(text.matchAll(/xmlns:([\w.-]+)\s*=/g), (m) => m[1]));
  const missing = new Set(Array.from(text.matchAll(/<\/?([\w.-]+):/g), (m) => m[1]).filter((p) => p !== 'xml' && !declared.has(p)));
  if (missing.size) {
    const attrs = [...missing].map((p) => ` xmlns:${p}="${NS[p as keyof typeof NS] ?? `urn:x-undeclared:${p}`}"`).join('');
    text = text.replace(/<([^\s?!/>]+)/, `<$1${attrs}`);
  }
  return text;
}

/**
 * Where a feed declares the XHTML, SVG or MathML namespace (Atom xhtml content), Chromium makes
 * HTML, SVG or MathML elements even in an inert XML document, and checks the page's CSP for
 * their handler and style attributes and their <style> and <script> while parsing: a feed then
 * filled a site's CSP reports (issue 11). Those declarations, and nothing else, are moved to
 * private names for the parse, so the markup stays plain XML; readers find XHTML under
 * `PARSED_XHTML`, and what they serialize goes through the sanitizer as before.
 */
const LIVE_NAMESPACE = /(\sxmlns(?::[^\s=>]+)?\s*=\s*)(["'])http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)\2/g;
/** The XHTML namespace as parsed feeds carry it. */
export const PARSED_XHTML = 'urn:x-civic:w3.org/1999/xhtml';

function parseXml(text: string): Document | undefined {
  const doc = parseInert(text.replace(LIVE_NAMESPACE, '$1$2urn:x-civic:w3.org/$3$2'), 'application/xml');
  return doc.documentElement && !doc.getElementsByTagName('parsererror').length ? doc : undefined;
}

/**
 * The prepared text as documents of `size` items each, every one with the whole text around the
 * items (the root, the channel and its fields): undefined for fewer items, or when anything but
 * white space stands between two items (a channel field there would be in one window only).
 * Each window well-formed makes the whole well-formed; any one not, and the whole text is parsed.
 */
function windows(xml: string, marks: number[], size: number): (() => string)[] | undefined {
  const count = marks.length >> 1;
  if (!(marks[0] >= 0) || count <= size) return undefined;
  for (let i = 2; i < count * 2; i += 2) if (xml.slice(marks[i - 1], marks[i]).trim()) return undefined;
  const around = (from: number, to: number) => () =>
    xml.slice(0, marks[0]) + xml.slice(marks[from * 2], marks[Math.min(to, count) * 2 - 1]) + xml.slice(marks[count * 2 - 1]);
  return Array.from({ length: Math.ceil(count / size) }, (_, i) => around(i * size, i * size + size));
}

/**
 * Parses feed XML. `partial` is true when `text` is only the start of the body (decoding
 * stopped early); `rest` then gives the whole text, for the rare case the start is not enough.
 * `window`: a feed of more items is parsed that many at a time (`later`), each parse a task's
 * work in the store (parse.ts `parseFeedInTasks`); the browser's XML parser took 140–205 ms at
 * 4× CPU slowdown for 200 RSS items in one go (`node bench/run.mjs --long-tasks`).
 */
export const parseFeedXml = (text: string, partial?: boolean, rest?: () => string): FeedXml => run(feedXml(text, partial, rest));

/** parseFeedXml in steps (the scan of the text), for the store's reader (parse.ts `parseFeedInTasks`). */
export function* feedXml(text: string, partial = false, rest?: () => string, window = 0): Generator<void, FeedXml> {
  const spilled: string[] = [];
  const marks: number[] = [];
  let truncated = false;
  // Whitespace or a BOM before `<?xml` is an error for XML parsers, and common on old servers.
  text = text.replace(/^\s+/, '');
  let prepared = yield* prepare(text, partial, spilled, marks);
  if (prepared === undefined && rest) {
    marks.length = 0;
    prepared = yield* prepare((text = rest().replace(/^\s+/, '')), false, spilled, marks);
  }
  const parts = window && prepared !== undefined ? windows(prepared, marks, window) : undefined;
  // The first window may need a task of its own.
  if (parts) yield;
  const first = parts && parseXml(parts[0]());
  const read = { text: (el: Element | undefined) => textOf(el, spilled), markup: (el: Element) => markupOf(el, spilled) };
  if (first) return { root: first.documentElement, truncated, ...read, later: parts.slice(1).map((part) => () => parseXml(part())?.documentElement) };
  let doc = parseXml(prepared ?? text) ?? parseXml(repair(prepared ?? text));
  // A feed cut short (a dropped connection, a CMS that timed out mid-write) still has its
  // complete items: they are shown, closed as `partial` closes them (issue 11).
  const complete = doc ? undefined : yield* prepare(text, true, spilled);
  if (complete !== undefined) {
    doc = parseXml(complete) ?? parseXml(repair(complete));
    truncated = !!doc;
  }
  if (!doc) throw new FeedError('parse', 'The feed is not well-formed XML.');
  return { root: doc.documentElement, truncated, ...read };
}

// Feeds write some namespaces in more than one way (iTunes' DTDs/PodCast, Media RSS without '/').
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const sameNs = (el: Element, ns: string | null) => (el.namespaceURI ?? '').replace(/\/$/, '').toLowerCase() === (ns ?? '').replace(/\/$/, '').toLowerCase();

/** Child elements by local name, in the parent's own namespace unless `ns` is given. */
export function kids(el: Element | undefined, name: string, ns: string | null = el?.namespaceURI ?? null): Element[] {
  const out: Element[] = [];
  // Walked by siblings, not Array.from(children): readers ask this for every field of every item (issue 13).
  for (let child = el?.firstElementChild; child; child = child.nextElementSibling) if (child.localName === name && sameNs(child, ns)) out.push(child);
  return out;
}

/** The first child element by local name (see kids). */
export function kid(el: Element | undefined, name: string, ns?: string | null): Element | undefined {
  return kids(el, name, ns)[0];
}

/** Descendants in a namespace (Media RSS may sit inside media:group). */
export function descendants(el: Element, name: string, ns: string): Element[] {
  return Array.from(el.getElementsByTagNameNS('*', name)).filter((child) => sameNs(child, ns));
}

function textOf(el: Element | undefined, spilled: string[]): string {
  return el ? (el.textContent ?? '').replace(MARK, (_, n: string) => spilled[+n]).trim() : '';
}

function markupOf(el: Element, spilled: string[]): string {
  // Node has no XMLSerializer; DOM implementations for it (linkedom) serialize with toString().
  const serializer = typeof XMLSerializer === 'undefined' ? { serializeToString: String } : new XMLSerializer();
  return Array.from(el.childNodes, (node) => serializer.serializeToString(node))
    .join('')
    .replace(MARK, (_, n: string) => escapeHtml(spilled[+n]))
    .trim();
}

/**
 * The base URL of an element: its xml:base and its ancestors', applied from the outside in on
 * top of `start` (the channel link, else the feed URL). Per XML Base (RFC 3986 resolution).
 */
export function baseOf(el: Element, start: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NS, 'base');
    if (base !== null) chain.unshift(base);
  }
  let base = start;
  for (const value of chain) {
    try {
      base = new URL(value.trim(), base).href;
    } catch {
      // A relative xml:base with nothing to resolve it against: keep the outer base.
    }
  }
  return base;
}

/** True when the element or an ancestor has an xml:base. */
export function hasXmlBase(el: Element): boolean {
  return !!inScope(el, 'base');
}

/** The xml:lang in scope. */
export function langOf(el: Element): string | undefined {
  return inScope(el, 'lang')?.trim() || undefined;
}

/**
 * The nearest xml:base or xml:lang, walking up: no namespaced selector (`[*|lang]`), which
 * DOM implementations for Node (linkedom's css-select) do not support (docs/frameworks.md, Node).
 */
function inScope(el: Element, name: 'base' | 'lang'): string | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = node.getAttributeNS(XML_NS, name);
    if (value !== null) return value;
  }
  return undefined;
}

/**
 * An RSS or Atom feed, ready to read: its items, a function reading one (called in order), and
 * the feed around the articles read. `readAll` reads them in one go (parseFeed); the store's
 * reader a chunk a task (parse.ts `parseFeedInTasks`), with the same answer.
 */
export interface XmlFeedReader {
  items: Element[];
  item: (el: Element) => Article;
  feed: (articles: Article[]) => ParsedFeed;
}

export const readAll = ({ items, item, feed }: XmlFeedReader): ParsedFeed => feed(items.map(item));

/** A reader of `items`, its feed with those of `fields` that have a value. */
export const xmlFeedReader = (
  format: 'rss' | 'atom',
  items: Element[],
  item: (el: Element) => Article,
  fields: Pick<ParsedFeed, 'title' | 'language' | 'home' | 'next'>,
): XmlFeedReader => ({ items, item, feed: (articles) => ({ format, articles, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) }) });
