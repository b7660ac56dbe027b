import { parseInert } from './inert.js';
import { RAW_TEXT, scanHtml } from './scan.js';

const NEEDS_PARSING = /[<&]/;
// Elements a browser lays out as their own block (block, table cell, list item, line break): their
// text never runs into the next word ("Version:5.7-rc4" was "Version: 5.7-rc4", issue 11).
const BLOCK = new Set(
  'p div br hr li dl dt dd h1 h2 h3 h4 h5 h6 hgroup table caption thead tbody tfoot tr td th blockquote figure figcaption section article aside nav main header footer address ul ol menu dir pre center details summary'.split(
    ' ',
  ),
);
/** Elements whose content is never shown as text: script and style (raw text), template and noscript (a fragment, and markup for browsers without script). */
const HIDDEN = new Set(['template', 'noscript']);

/** Named references every feed uses, with and without the semicolon HTML lets old pages leave out. */
const COMMON = new Map(
  Object.entries({ 'amp;': '&', 'lt;': '<', 'gt;': '>', 'quot;': '"', 'apos;': "'", 'nbsp;': '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' }),
);
const REF = /&(?:#(?:x([\da-f]+)|(\d+));?|([a-z\d]+;?))/gi;
/** Named references learnt from the browser's parser: HTML knows 2,231, and a feed uses a few. */
const learnt = new Map<string, string>();

/**
 * A number's character, or undefined for those HTML maps otherwise (0, surrogates, past
 * U+10FFFF, and 0x80-0x9F, which mean windows-1252's): those are asked of the browser.
 */
function numeric(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) && !(n >= 0x80 && n <= 0x9f) ? String.fromCodePoint(n) : undefined;
}

/** The key a reference is learnt under: its text after '&'; undefined when decoded here. */
const unknownKey = (m: string, hex?: string, dec?: string, name?: string) =>
  name ? (COMMON.has(name) ? undefined : name) : numeric(hex ? parseInt(hex, 16) : Number(dec)) === undefined ? m.slice(1) : undefined;

/**
 * Decodes the character references of text runs (each on its own: a reference never spans a
 * tag), as HTML does in text. Numbers and the common names are decoded here; other names are
 * asked of the browser's parser, all at once in one flat `<textarea>` (which parses no tags),
 * and remembered.
 */
function decodeRuns(runs: string[], attribute = false): string[] {
  const unknown = new Set<string>();
  for (const run of runs) {
    if (!run.includes('&')) continue;
    for (const m of run.matchAll(REF)) {
      const key = unknownKey(m[0], m[1], m[2], m[3]);
      if (key !== undefined && !learnt.has(key)) unknown.add(key);
    }
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
    run.includes('&')
      ? run.replace(REF, (m: string, hex: string | undefined, dec: string | undefined, name: string | undefined, at: number) => {
          // In an attribute, a name without ';' is read only when it is whole and no '=' follows ("?a=1&copy=2").
          if (attribute && name && !name.endsWith(';')) return COMMON.has(name) && run[at + m.length] !== '=' ? COMMON.get(name)! : m;
          const key = unknownKey(m, hex, dec, name);
          return key === undefined ? (name ? COMMON.get(name)! : numeric(hex ? parseInt(hex, 16) : Number(dec))!) : (learnt.get(key) ?? m);
        })
      : run,
  );
}

/** An attribute value as HTML reads it: references decoded by the rules for attributes. */
export function decodeAttribute(value: string): string {
  return decodeRuns([value], true)[0];
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
      decode.push(!container || !RAW_TEXT.has(container));
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
