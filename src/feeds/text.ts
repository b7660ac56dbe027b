import { MAX_TEXT as MAX_FIELD } from '../model/normalize.js';
import { htmlToText } from '../sanitize/text.js';

/**
 * Feed text between plain text and HTML: escaping text into HTML, decoding XML's references,
 * and titles that may or may not carry markup. HTML that reaches the page still goes through
 * src/sanitize/; these only prepare what readers hand to it.
 */

/** Text made safe to put in HTML. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as HTML paragraphs, escaped. */
export function textToHtml(text: string): string {
  return text.trim()
    ? text
        .trim()
        .split(/\n\s*\n/)
        .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
        .join('')
    : '';
}

/** A character by number; U+FFFD for numbers that name none (as HTML does). */
const codePoint = (n: number) => String.fromCodePoint(n > 0 && n < 0x110000 ? n : 0xfffd);
const REFS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML's references (and &nbsp;) decoded, in one pass: `&amp;lt;` becomes `&lt;`, not `<`. */
export const decodeRefs = (text: string) =>
  text.replace(/&(?:(lt|gt|amp|quot|apos|nbsp)|#(x?)([\da-f]+));/gi, (_, name: string, x: string, n: string) =>
    name ? REFS[name.toLowerCase()] : codePoint(parseInt(n, x ? 16 : 10)),
  );

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
