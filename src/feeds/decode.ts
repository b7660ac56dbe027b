import { run } from './tasks.js';

/**
 * Bytes to text, in this order of precedence (RFC 7303 §3, the Encoding Standard, XML 1.0
 * Appendix F; the same for XML and JSON, which has no declaration):
 *
 * 1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE): the bytes cannot lie.
 * 2. UTF-16 without a BOM, seen in the first characters (`<\0?\0`, `{\0`…: every feed starts
 *    with ASCII), whatever the labels say.
 * 3. The HTTP charset (quoted with `"` or `'`, or bare), else the XML declaration's, else UTF-8.
 *    Labels mean what the Encoding Standard says: ISO-8859-1 and US-ASCII are windows-1252
 *    (curly quotes and dashes in 0x80-0x9F), a UTF-16 label on bytes that are not UTF-16 is
 *    UTF-8 (as HTML reads it).
 * 4. The bytes overrule a label when they can prove it wrong: a body labelled with a legacy
 *    single-byte charset (windows-125x, ISO-8859-x, KOI8…) whose non-ASCII bytes are valid
 *    UTF-8 is UTF-8 (old Apache serves every file as ISO-8859-1: "Ã¨" for "è"); a body labelled
 *    UTF-8 by one label and something else by the other is the other when it is not valid UTF-8
 *    (an ISO-8859-2 feed served as "charset=utf-8" keeps its "ł").
 *
 * Decoding goes chunk by chunk and may stop early: a reader that has enough items does not
 * pay for decoding the rest of a 10 MB body.
 */

const CHUNK = 1 << 20;
/** Bytes of UTF-8 checked from the first non-ASCII one: legacy text fails within a few letters. */
const UTF8_PROBE = 1 << 16;
const SINGLE_BYTE = /^(?:windows-\d+|iso-8859-\d+|koi8-[ru]|macintosh|x-mac-cyrillic|ibm866)$/;

/** The `charset` parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]+))/i.exec(contentType ?? '');
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.trim() || undefined;
}

const decoderFor = (label: string | undefined, fatal = false): TextDecoder | undefined => {
  try {
    return label ? new TextDecoder(label.trim(), { fatal }) : undefined;
  } catch {
    return undefined;
  }
};

/** UTF-16 without a BOM, by the zero bytes beside the first two ASCII characters. */
function utf16Order(bytes: Uint8Array): string | undefined {
  const ascii = (b: number | undefined) => b !== undefined && b > 0 && b < 0x80;
  if (ascii(bytes[0]) && bytes[1] === 0 && ascii(bytes[2]) && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && ascii(bytes[1]) && bytes[2] === 0 && ascii(bytes[3])) return 'utf-16be';
  return undefined;
}

/** Whether the bytes are ASCII only, valid UTF-8 (from their first non-ASCII byte on), or not UTF-8. */
function utf8Verdict(bytes: Uint8Array): 'ascii' | 'utf-8' | 'invalid' {
  const first = bytes.findIndex((b) => b >= 0x80);
  if (first < 0) return 'ascii';
  try {
    // stream: a multi-byte letter cut at the end of the probe is not an error.
    decoderFor('utf-8', true)?.decode(bytes.subarray(first, first + UTF8_PROBE), { stream: bytes.length > first + UTF8_PROBE });
    return 'utf-8';
  } catch {
    return 'invalid';
  }
}

/** The encoding a body is written in, by the rules above. */
export function encodingOf(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const utf16 = utf16Order(bytes);
  if (utf16) return utf16;
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const declared = /^\s*<\?xml[^>]+\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  const http = decoderFor(charsetOf(contentType))?.encoding;
  const xml = decoderFor(declared)?.encoding;
  const label = (http ?? xml ?? 'utf-8').replace(/^utf-16(?:le|be)$/, 'utf-8');
  const other = http && xml && http !== xml ? (label === http ? xml : http).replace(/^utf-16(?:le|be)$/, 'utf-8') : undefined;
  if (label === 'utf-8') return other && utf8Verdict(bytes) === 'invalid' ? other : 'utf-8';
  if ((SINGLE_BYTE.test(label) || other === 'utf-8') && utf8Verdict(bytes) === 'utf-8') return 'utf-8';
  return label;
}

/** Text decoded so far; `partial` when `enough` stopped early, `rest()` then decodes the remainder. */
export interface Decoded {
  text: string;
  partial: boolean;
  rest: () => string;
}

/**
 * Decodes a response body chunk by chunk, until `enough(chunk)` says stop. The callback sees
 * each new chunk, not the text so far: joining megabytes on every call would cost more than
 * the decoding saves.
 */
export const decodeBody = (body: ArrayBuffer | Uint8Array | string, contentType?: string | null, enough?: (chunk: string) => boolean): Decoded =>
  run(decoding(body, contentType, enough));

/**
 * decodeBody a chunk of `size` bytes a step: the store's XML reader gives the page a turn
 * between steps (parse.ts `parseFeedInTasks`); a megabyte in one step took 45–120 ms at 4× CPU
 * slowdown (`npm run bench -- --long-tasks`).
 */
export function* decoding(
  body: ArrayBuffer | Uint8Array | string,
  contentType?: string | null,
  enough: (chunk: string) => boolean = () => false,
  size = CHUNK,
): Generator<void, Decoded> {
  const strip = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (typeof body === 'string') return { text: strip(body), partial: false, rest: () => strip(body) };
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const decoder = new TextDecoder(encodingOf(bytes, contentType));
  const chunks: string[] = [];
  let at = 0;
  const more = () => {
    const end = Math.min(at + size, bytes.length);
    const chunk = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    // The decoder drops the BOM itself; a second one (an editor that added its own) goes here,
    // before `enough` sees the chunk, so what it counts and the text it cuts are the same text.
    chunks.push(at === 0 ? strip(chunk) : chunk);
    at = end;
    return chunks[chunks.length - 1];
  };
  while (at < bytes.length && !enough(more())) yield;
  const rest = () => {
    while (at < bytes.length) more();
    return chunks.join('');
  };
  return { text: chunks.join(''), partial: at < bytes.length, rest };
}
