/**
 * Bytes to text. The encoding is the BOM's when there is one (the bytes cannot lie, RFC 7303
 * §3 and the Encoding Standard agree), else the HTTP charset, else the XML declaration's,
 * else UTF-8. Old CMSs still serve Polish in windows-1250 or ISO-8859-2; TextDecoder knows
 * both. One correction for servers that label every file alike: when the HTTP charset and the
 * XML declaration disagree and one of them is UTF-8, the bytes decide (UTF-8 is the one
 * encoding bytes can prove wrong). So an ISO-8859-2 feed served as "charset=utf-8" keeps its
 * "ł", and a UTF-8 feed served as ISO-8859-1 (old Apache's default) does not turn into "Å‚".
 *
 * Decoding goes chunk by chunk and may stop early: a reader that has enough items does not
 * pay for decoding the rest of a 10 MB body.
 */

const CHUNK = 1 << 20;

/** The `charset` parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')?.[2];
}

const decoderFor = (label: string | undefined, fatal = false): TextDecoder | undefined => {
  try {
    return label ? new TextDecoder(label.trim(), { fatal }) : undefined;
  } catch {
    return undefined;
  }
};

/** The encoding a body is written in, by the rules above. */
export function encodingOf(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const declared = /^\s*<\?xml[^>]+\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  const http = decoderFor(charsetOf(contentType))?.encoding;
  const xml = decoderFor(declared)?.encoding;
  if (http && xml && http !== xml && (http === 'utf-8' || xml === 'utf-8')) return isUtf8(bytes) ? 'utf-8' : http === 'utf-8' ? xml : http;
  return http ?? xml ?? 'utf-8';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    decoderFor('utf-8', true)?.decode(bytes);
    return true;
  } catch {
    return false;
  }
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
export function decodeBody(body: ArrayBuffer | Uint8Array | string, contentType?: string | null, enough: (chunk: string) => boolean = () => false): Decoded {
  const strip = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (typeof body === 'string') return { text: strip(body), partial: false, rest: () => strip(body) };
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const decoder = new TextDecoder(encodingOf(bytes, contentType));
  const chunks: string[] = [];
  let at = 0;
  const more = () => {
    const end = Math.min(at + CHUNK, bytes.length);
    chunks.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    at = end;
    return chunks[chunks.length - 1];
  };
  while (at < bytes.length && !enough(more()));
  const rest = () => {
    while (at < bytes.length) more();
    return strip(chunks.join(''));
  };
  return { text: strip(chunks.join('')), partial: at < bytes.length, rest };
}
