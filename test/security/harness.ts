/**
 * The XSS harness: attack strings from corpora nobody here wrote, rendered by the real
 * elements in real Chromium, with every way a payload could show that it ran watched.
 *
 * - `alert`, `confirm`, `prompt`, `print`, `open` and `document.write` are trapped: each call
 *   bumps the global counter `window.__civicXss` (and is logged with its arguments).
 * - A `securitypolicyviolation` listener records what a CSP blocked.
 * - After rendering, `provoke()` fires the events inline handlers wait for (mouseover,
 *   focus, error, animationstart, …) on every element, and `settle()` waits until images
 *   the payloads point at have failed to load, so late handlers have had their chance.
 * - `inspect()` then reads every shadow root: no `on*` attribute, no javascript:,
 *   vbscript: or data:text/html URL, no script, iframe, object, embed, form, base, meta or
 *   style element, and the same again after a serialize → parse round trip (mutation XSS).
 */
import type { Article } from '../../src/model/article.js';

export interface Corpus {
  name: string;
  payloads: string[];
}

interface Trapped {
  __civicXss: number;
  __civicXssCalls: string[];
  __civicViolations: string[];
}

const TRAPPED = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;

/** Installs the traps and the CSP listener in a window (the test page, or a frame). */
export function installTraps(win: Window = window): Trapped {
  const w = win as unknown as Trapped & Record<string, unknown>;
  if (typeof w.__civicXss === 'number') return w;
  w.__civicXss = 0;
  w.__civicXssCalls = [];
  w.__civicViolations = [];
  const bump = (name: string) =>
    function trapped(...args: unknown[]) {
      w.__civicXss++;
      w.__civicXssCalls.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  for (const name of TRAPPED) w[name] = bump(name);
  (win.document as unknown as Record<string, unknown>).write = bump('document.write');
  (win.document as unknown as Record<string, unknown>).writeln = bump('document.writeln');
  win.document.addEventListener('securitypolicyviolation', (event) => {
    w.__civicViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });
  return w;
}

/** Starts counting from zero again. */
export function resetTraps(win: Window = window): void {
  const w = installTraps(win);
  w.__civicXss = 0;
  w.__civicXssCalls.length = 0;
  w.__civicViolations.length = 0;
}

/** How many trapped calls there were, and which. */
export function executions(win: Window = window): { count: number; calls: string[]; violations: string[] } {
  const w = installTraps(win);
  return { count: w.__civicXss, calls: [...w.__civicXssCalls], violations: [...w.__civicViolations] };
}

const DANGEROUS_ELEMENTS = 'script, iframe, frame, object, embed, form, base, meta, style, link, template, svg, math';
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'srcset',
  'ping',
  'cite',
  'codebase',
  'lowsrc',
  'dynsrc',
];
const BAD_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i;
const BAD_URL_DECODED = /^(javascript|vbscript):|^data:text\/html/i;

/** What is wrong in a tree, one line per finding. */
export function inspectTree(root: ParentNode, where: string): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.matches(DANGEROUS_ELEMENTS)) problems.push(`${where}: <${element.localName}> element`);
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where}: ${name} attribute on <${element.localName}>`);
      if (URL_ATTRIBUTES.includes(name)) {
        // Browsers ignore ASCII control characters and spaces in a scheme ("java\tscript:").
        const value = Array.from(attr.value)
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join('');
        if (BAD_URL.test(attr.value) || BAD_URL_DECODED.test(value)) problems.push(`${where}: ${name}="${attr.value.slice(0, 60)}" on <${element.localName}>`);
      }
    }
    if (element.shadowRoot) problems.push(...inspectTree(element.shadowRoot, `${where} (nested shadow root)`));
  }
  return problems;
}

/**
 * Inspects an element's shadow root, and the same tree after a serialize → parse round trip:
 * markup that is harmless as DOM but turns into a handler when reparsed is mutation XSS.
 */
export function inspect(host: Element, where = host.localName): string[] {
  const root = host.shadowRoot;
  if (!root) return [`${where}: no shadow root`];
  const problems = inspectTree(root, where);
  // The test reads markup back (as an attacker's next step would); src/ never does.
  const reparsed = new DOMParser().parseFromString(`<!doctype html><body>${root.innerHTML}`, 'text/html');
  problems.push(...inspectTree(reparsed.body, `${where} after a round trip`));
  return problems;
}

// The events inline handlers in the corpora wait for (a surviving on* attribute is also
// flagged by inspect(), which is the oracle; this is the belt to it).
const EVENTS = [
  'click',
  'mouseover',
  'mouseenter',
  'pointerover',
  'focus',
  'focusin',
  'blur',
  'keydown',
  'input',
  'submit',
  'load',
  'error',
  'toggle',
  'beforetoggle',
  'animationstart',
  'transitionend',
  'scroll',
];

const cancel = (event: Event) => event.preventDefault();

/**
 * Fires the events inline handlers listen for on every element of a shadow root. Inline
 * handlers run; a link's activation does not, so the page never navigates: Chromium and Firefox
 * activate a link only for a `MouseEvent` click, but WebKit does for a plain `Event` too, so the
 * shadow root cancels every click before it reaches its target.
 */
export function provoke(host: Element): void {
  const root = host.shadowRoot;
  if (!root) return;
  root.addEventListener('click', cancel, true);
  try {
    for (const element of [host, ...Array.from(root.querySelectorAll('*'))]) {
      for (const type of EVENTS) element.dispatchEvent(new Event(type, { cancelable: true }));
    }
  } finally {
    root.removeEventListener('click', cancel, true);
  }
}

let probe = 0;
/**
 * Waits until late handlers have had their chance: two frames, then a load that fails on
 * the test server (images the payloads point at there have failed by then as well).
 */
export async function settle(doc: Document = document): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise<void>((resolve) => {
    const img = doc.createElement('img');
    img.onerror = img.onload = () => {
      img.remove();
      resolve();
    };
    img.src = `/__test/status/404?probe=${probe++}`;
    doc.body.append(img);
  });
}

/** Where payload links and pictures point: the test server, so nothing leaves the machine. */
export const XSS_BASE = `${location.origin}/__test/xss/`;

/**
 * A payload in every field a teaser or article shows: title, lead, link, picture (source,
 * alt, caption, credit), authors, tags, and body. Three variants put it in the URLs as they
 * are, after a valid origin, and as the whole URL.
 */
export function payloadArticles(payload: string, id: string): Article[] {
  const common = { title: payload, lead: payload, authors: [payload], tags: [payload], contentHtml: payload, language: 'pl' };
  const image = (src: string) => ({ src, alt: payload, caption: payload, credit: payload });
  return [
    { id: `${id}-a`, url: `${XSS_BASE}${id}`, ...common, image: image(payload) },
    { id: `${id}-b`, url: `${XSS_BASE}${id}/${payload}`, ...common, image: image(`${XSS_BASE}img/${payload}`) },
    { id: `${id}-c`, url: payload, ...common, image: image(`${XSS_BASE}${payload}`) },
  ];
}

/**
 * The same as JSON Feed items, for the parse → render path: several feeds of 60 payloads
 * (180 items), as the readers keep at most 200 items of a feed.
 */
export function payloadFeeds(corpus: Corpus, per = 60): string[] {
  const feeds: string[] = [];
  for (let start = 0; start < corpus.payloads.length; start += per) feeds.push(payloadFeed(corpus, start, start + per));
  return feeds;
}

function payloadFeed(corpus: Corpus, start: number, end: number): string {
  const items = corpus.payloads.slice(start, end).flatMap((payload, k) =>
    payloadArticles(payload, `${corpus.name}-${start + k}`).map((a) => ({
      id: a.id,
      url: a.url,
      title: payload,
      summary: payload,
      content_html: payload,
      image: a.image!.src,
      date_published: new Date(Date.UTC(2026, 0, 1, 0, start + k)).toISOString(),
      authors: [{ name: payload }],
      tags: [payload],
      _civic: { image: { alt: payload, caption: payload, credit: payload }, related: [payload] },
    })),
  );
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: corpus.name, home_page_url: XSS_BASE, items });
}

const xmlText = (text: string) =>
  // Characters XML 1.0 refuses cannot be carried at all; everything else is escaped as text.
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\v\f\x0e-\x1f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * The same payloads as RSS 2.0 items, where titles and descriptions are HTML (escaped into the
 * XML): the payload as title, description (the lead), content:encoded (the body), link, guid,
 * author, category and media:thumbnail, in the same three variants of link and picture.
 */
export function payloadRssFeeds(corpus: Corpus, per = 60): string[] {
  const feeds: string[] = [];
  for (let start = 0; start < corpus.payloads.length; start += per) {
    const items = corpus.payloads.slice(start, start + per).flatMap((payload, k) =>
      payloadArticles(payload, `${corpus.name}-${start + k}`).map((a) => {
        const p = xmlText(payload);
        return (
          `<item><title>${p}</title><link>${xmlText(a.url)}</link><guid isPermaLink="false">${a.id}</guid>` +
          `<description>${p}</description><content:encoded>${p}</content:encoded><dc:creator>${p}</dc:creator><category>${p}</category>` +
          `<media:thumbnail url="${xmlText(a.image!.src)}"/><pubDate>${new Date(Date.UTC(2026, 0, 1, 0, start + k)).toUTCString()}</pubDate></item>`
        );
      }),
    );
    feeds.push(
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">' +
        `<channel><title>${corpus.name}</title><link>${XSS_BASE}</link><description>${corpus.name}</description>${items.join('')}</channel></rss>`,
    );
  }
  return feeds;
}

/** Serves a body from the test server and returns its URL. */
export async function serve(key: string, body: string, type: string): Promise<string> {
  const url = `/__test/store/${encodeURIComponent(key)}`;
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body });
  if (!response.ok) throw new Error(`could not store ${key}`);
  return url;
}

const fetchText = async (path: string) => {
  const response = await fetch(`/__test/corpus/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
};

/** DOMPurify's own test cases (MPL-2.0 OR Apache-2.0): payload and default-config expectation. */
export interface DomPurifyCase {
  index: number;
  title?: string;
  payload: string;
  expected: string | string[];
}

export async function dompurifyCases(): Promise<DomPurifyCase[]> {
  return JSON.parse(await fetchText('dompurify-xss/expect.json'));
}

/** Every corpus, read from test/corpora (each folder carries its licence and PROVENANCE.md). */
export async function corpora(): Promise<Corpus[]> {
  const dompurify = await dompurifyCases();
  const items: { payload: string }[] = JSON.parse(await fetchText('html5sec-h5sc/generated/items.en.json'));
  const rss = (await fetchText('html5sec-h5sc/upstream/rss/rss.txt')).split('\n').filter((line) => line.trim());
  const mxss: { payload: string; isJsGenerator: boolean }[] = JSON.parse(await fetchText('mxss-cheatsheet-sonarsource/mxss-payloads.json'));
  return [
    { name: 'dompurify-xss', payloads: dompurify.map((c) => c.payload) },
    { name: 'html5sec-vectors', payloads: items.map((item) => item.payload) },
    { name: 'html5sec-rss-vectors', payloads: rss },
    { name: 'mxss-cheatsheet', payloads: mxss.map((row) => (row.isJsGenerator ? generated(row.payload) : row.payload)) },
  ];
}

/**
 * The one mXSS row whose payload is a JS snippet that builds the string (506 nested divs
 * around the attack). Evaluating corpus code is not needed: its shape is fixed, so it is
 * rebuilt here, and checked against the snippet so a changed corpus is noticed.
 */
function generated(snippet: string): string {
  const match = /^n = (\d+); var payload = `\$\{"<div>"\.repeat\(n\)\}([\s\S]*)\$\{"<\/div>"\.repeat\(n\)\}`;$/.exec(snippet.trim());
  if (!match) throw new Error(`the mXSS generator changed shape: ${snippet}`);
  const n = Number(match[1]);
  return `${'<div>'.repeat(n)}${match[2]}${'</div>'.repeat(n)}`;
}

/**
 * The html5sec hostile RSS feed as served, and as two feeds of 104 items whose `<link>`s (all
 * data: URLs, which no element shows) are made http, so every item reaches the screen with
 * all its other hostile values.
 */
export async function hostileRssFeeds(): Promise<{ asIs: string; linked: string[] }> {
  const asIs = await fetchText('html5sec-h5sc/generated/html5sec-hostile-feed.rss');
  let n = 0;
  const text = asIs.replace(/<link>data:[^<]*<\/link>/g, () => `<link>${XSS_BASE}vector/${n++}</link>`);
  const items = text.match(/<item>[\s\S]*?<\/item>/g) ?? [];
  const head = text.slice(0, text.indexOf('<item>'));
  const tail = text.slice(text.lastIndexOf('</item>') + '</item>'.length);
  const half = Math.ceil(items.length / 2);
  return { asIs, linked: [items.slice(0, half), items.slice(half)].map((part) => `${head}${part.join('\n')}${tail}`) };
}

/** Pulls the hostile values out of the html5sec RSS feed without our feed reader. */
export async function hostileRssArticles(): Promise<{ text: string; articles: Article[] }> {
  const text = await fetchText('html5sec-h5sc/generated/html5sec-hostile-feed.rss');
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const pick = (item: Element, name: string) => item.getElementsByTagName(name)[0]?.textContent ?? '';
  const attr = (item: Element, name: string, key: string) => item.getElementsByTagName(name)[0]?.getAttribute(key) ?? '';
  const articles = Array.from(doc.getElementsByTagName('item')).flatMap((item, i) => {
    const html = pick(item, 'content:encoded') || pick(item, 'description');
    const base = {
      title: pick(item, 'title'),
      lead: pick(item, 'description'),
      contentHtml: html,
      authors: [pick(item, 'dc:creator')],
      tags: [pick(item, 'media:title')],
      published: pick(item, 'pubDate'),
    };
    const urls = [pick(item, 'link'), pick(item, 'guid'), pick(item, 'comments'), pick(item, 'feedburner:origLink')];
    const images = [attr(item, 'media:thumbnail', 'url'), attr(item, 'media:content', 'url'), attr(item, 'enclosure', 'url')];
    return [
      ...urls.map((url, k) => ({ id: `rss-${i}-${k}`, url, ...base, image: { src: images[k % images.length], alt: base.title, credit: base.authors[0] } })),
      { id: `rss-${i}-ok`, url: `${XSS_BASE}rss/${i}`, ...base, image: { src: images[0], alt: base.title, caption: base.lead } },
    ] as Article[];
  });
  return { text, articles };
}
