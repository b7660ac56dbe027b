/**
 * A one-pass reader of HTML tags and text, for reading (titles, leads, captions, the first
 * picture, a page's feed link), never for rendering. It builds no tree, so its time grows with
 * the length of its input only, however the tags nest: Chromium's own parser slows down
 * quadratically past 512 levels, and a few kilobytes of nested tags froze the page for seconds
 * in every field read that way (issue 10).
 *
 * It follows the HTML tokenizer where reading depends on it
 * (https://html.spec.whatwg.org/multipage/parsing.html#tokenization): comments and bogus
 * comments (`<!…>`, `<?…>`, `</3>`), quoted attribute values, raw text elements whose content
 * is never markup (script, style, xmp, iframe, noembed, noframes) and escapable raw text
 * (title, textarea). A tag left open at the end of the input is dropped, as HTML drops it.
 */

/** An attribute as written: its name in lower case and its raw value (entities not decoded). */
export type RawAttribute = [name: string, value: string];

export interface ScanVisitor {
  /**
   * A run of text. `container` names the raw text or escapable raw text element it sits in
   * (`script`, `title`…), else it is undefined. Text in raw text elements is never decoded.
   */
  text?(text: string, container?: string): void;
  /**
   * A start or end tag (name in lower case), its source span, and for start tags its attributes
   * when `attributes` was asked for. Returning true stops the scan.
   */
  tag?(name: string, end: boolean, from: number, to: number, attributes?: RawAttribute[]): boolean | void;
  /** A comment or bogus comment (`<!…>`, `<?…>`), by its source span. */
  comment?(from: number, to: number): void;
}

/**
 * Elements whose content is text, not markup (HTML's tokenizer states): raw text, whose
 * references are not decoded, and escapable raw text (RCDATA), whose references are. One list
 * for the scanner, HTML-to-text and the sanitizer's pre-pass.
 */
export const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
export const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
const TEXT_ONLY = new Set([...RAW_TEXT, ...ESCAPABLE_RAW_TEXT]);

const isSpace = (c: number) => c === 9 || c === 10 || c === 12 || c === 13 || c === 32;
const isAlpha = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** A tag read from its `<`: where it ends, its name in lower case, its attributes when asked for. */
export interface ReadTag {
  to: number;
  name: string;
  attributes?: RawAttribute[];
}

/**
 * Reads the start (or, with `end`, end) tag whose `<` is at `start`, by the HTML tokenizer's
 * rules; undefined when the input ends inside it (HTML then drops the tag). Its time is linear
 * in the tag's length.
 */
export function readTag(html: string, start: number, end = false, attributes = false): ReadTag | undefined {
  const n = html.length;
  const nameFrom = start + (end ? 2 : 1);
  let j = nameFrom;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isSpace(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = html.slice(nameFrom, j).toLowerCase();
  const list: RawAttribute[] | undefined = attributes && !end ? [] : undefined;
  for (;;) {
    while (j < n && (isSpace(html.charCodeAt(j)) || html.charCodeAt(j) === 47)) j++;
    if (j >= n) return undefined;
    if (html.charCodeAt(j) === 62) break;
    // An attribute name: its first character may be anything but space, '/' or '>' (even '=').
    const nameStart = j++;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      j++;
    }
    const attrName = html.slice(nameStart, j);
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    let value = '';
    if (html.charCodeAt(j) === 61) {
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0) return undefined;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const valueStart = j;
        while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
        value = html.slice(valueStart, j);
      }
    }
    list?.push([attrName.toLowerCase(), value]);
  }
  return { to: j + 1, name, attributes: list };
}

/**
 * Scans `html` from the start, calling the visitor for text and tags in order. Every search
 * remembers where it last found its needle, so no part of the input is searched twice for the
 * same thing: the whole scan is linear, whatever the input.
 */
export function scanHtml(html: string, visitor: ScanVisitor, attributes = false): void {
  const n = html.length;
  const found = new Map<string, number>();
  let lower: string | undefined;
  /** The next `needle` at or after `from` (in the lower-cased text when `fold`), or -1. */
  const next = (needle: string, from: number, fold = false): number => {
    const key = fold ? `\0${needle}` : needle;
    const last = found.get(key);
    if (last !== undefined && (last < 0 || last >= from)) return last;
    const at = (fold ? (lower ??= html.toLowerCase()) : html).indexOf(needle, from);
    found.set(key, at);
    return at;
  };
  const emit = (from: number, to: number, container?: string) => {
    if (to > from) visitor.text?.(html.slice(from, to), container);
  };

  let pos = 0;
  let textFrom = 0;
  while (pos < n) {
    // Each '<' found is consumed: this search never runs over the same text twice.
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    let to: number;
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      emit(textFrom, lt);
      if (html.startsWith('<!--', lt)) {
        // `<!-->` and `<!--->` are whole (empty) comments; else the first `-->` or `--!>` ends it.
        if (html.startsWith('>', lt + 4)) to = lt + 5;
        else if (html.startsWith('->', lt + 4)) to = lt + 6;
        else {
          const a = next('-->', lt + 4);
          const b = next('--!>', lt + 4);
          to = a < 0 && b < 0 ? n : a < 0 ? b + 4 : b < 0 ? a + 3 : Math.min(a + 3, b + 4);
        }
      } else {
        const close = next('>', lt + 2);
        to = close < 0 ? n : close + 1;
      }
      visitor.comment?.(lt, to);
    } else if (c === 47 /* / */) {
      const d = html.charCodeAt(lt + 2);
      if (isAlpha(d)) {
        emit(textFrom, lt);
        const tag = readTag(html, lt, true, false);
        if (!tag || visitor.tag?.(tag.name, true, lt, tag.to)) return;
        to = tag.to;
      } else if (lt + 2 >= n) {
        break; // "</" at the very end is text.
      } else {
        emit(textFrom, lt);
        // `</>` is nothing; `</3…>` a bogus comment.
        const close = d === 62 ? lt + 2 : next('>', lt + 2);
        to = close < 0 ? n : close + 1;
      }
    } else if (isAlpha(c)) {
      emit(textFrom, lt);
      const tag = readTag(html, lt, false, attributes);
      if (!tag || visitor.tag?.(tag.name, false, lt, tag.to, tag.attributes)) return;
      to = tag.to;
      if (TEXT_ONLY.has(tag.name)) {
        // Content up to `</name` followed by space, '/' or '>' is text; plaintext never ends.
        let close = -1;
        if (tag.name !== 'plaintext') {
          for (let from = to; (close = next(`</${tag.name}`, from, true)) >= 0; from = close + 1) {
            const after = html.charCodeAt(close + 2 + tag.name.length);
            if (isSpace(after) || after === 47 || after === 62) break;
          }
        }
        const end = close < 0 ? n : close;
        emit(to, end, tag.name);
        to = end;
      }
    } else {
      // A '<' that starts no tag is text.
      pos = lt + 1;
      continue;
    }
    pos = textFrom = to;
  }
  emit(textFrom, n);
}
