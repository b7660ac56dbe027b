import { parseInert } from './inert.js';
import { scanHtml } from './scan.js';

const NEEDS_PARSING = /[<&]/;
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'figcaption', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'table', 'pre']);
/** Elements whose content is never shown as text: script and style (raw text), template and noscript (a fragment, and markup for browsers without script). */
const HIDDEN = new Set(['template', 'noscript']);
const RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Named references every feed uses, with and without the semicolon HTML lets old pages leave out. */
const COMMON = new Map(Object.entries({ 'amp;': '&', 'lt;': '<', 'gt;': '>', 'quot;': '"', 'apos;': "'", 'nbsp;': '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' }));
/** Characters 0x80-0x9F by number mean windows-1252's (HTML, "numeric character reference end state"). */
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const REF = /&(?:#(?:x([\da-f]+)|(\d+));?|([a-z\d]+;?))/gi;
/** Named references learnt from the browser's parser: HTML knows 2,231, and a feed uses a few. */
const learnt = new Map<string, string>();

function numeric(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n >= 0x80 && n <= 0x9f ? C1[n - 0x80] : n);
}

/**
 * Decodes the character references of text runs (each on its own: a reference never spans a
 * tag), as HTML does in text. Numbers and the common names are decoded here; other names are
 * asked of the browser's parser, all at once in one flat `<textarea>` (which parses no tags),
 * and remembered.
 */
function decodeRuns(runs: string[]): string[] {
  const unknown = new Set<string>();
  for (const run of runs) {
    if (!run.includes('&')) continue;
    for (const m of run.matchAll(REF)) if (m[3] && !COMMON.has(m[3]) && !learnt.has(m[3])) unknown.add(m[3]);
  }
  if (unknown.size) {
    if (learnt.size + unknown.size > 10_000) learnt.clear();
    const names = [...unknown];
    // A first empty entry: a textarea drops the newline its content starts with (&NewLine;).
    const area = parseInert(`<textarea>\u0001${names.map((name) => `&${name}`).join('\u0001')}</textarea>`, 'text/html').querySelector('textarea');
    const values = (area?.value ?? '').split('\u0001').slice(1);
    names.forEach((name, i) => learnt.set(name, values[i] ?? `&${name}`));
  }
  return runs.map((run) =>
    run.includes('&') ? run.replace(REF, (m, hex?: string, dec?: string, name?: string) => (name ? (COMMON.get(name) ?? learnt.get(name) ?? m) : numeric(hex ? parseInt(hex, 16) : Number(dec)))) : run,
  );
}

/**
 * Plain text from an HTML fragment: tags stripped, entities decoded exactly once,
 * white space collapsed. Script and style content is dropped, never shown. Read in one linear
 * pass (src/sanitize/scan.ts), with no DOM: a title or lead of nested tags costs what its
 * length costs. With `maxTags`, reading stops at that many tags (the text so far is returned).
 */
export function htmlToText(html: string, maxTags = Infinity): string {
  if (!NEEDS_PARSING.test(html)) return html.replace(/\s+/g, ' ').trim();
  let tags = 0;
  const runs: string[] = [];
  /** Whether each run is decoded (raw text and the spaces blocks make are not). */
  const decode: boolean[] = [];
  let hidden = 0;
  let space = false;
  scanHtml(html, {
    text(text, container) {
      if (hidden || container === 'script' || container === 'style') return;
      if (space) {
        runs.push(' ');
        decode.push(false);
        space = false;
      }
      runs.push(text.replace(/\0/g, ''));
      decode.push(!container || !RAW.has(container));
    },
    tag(name, end) {
      if (++tags > maxTags) return true;
      if (HIDDEN.has(name)) hidden = Math.max(0, hidden + (end ? -1 : 1));
      else if (!hidden && BLOCK.has(name)) space = true;
      return false;
    },
  });
  const decoded = decodeRuns(runs.map((run, i) => (decode[i] ? run : '')));
  return runs
    .map((run, i) => (decode[i] ? decoded[i] : run))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
