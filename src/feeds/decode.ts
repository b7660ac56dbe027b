/**
 * Bytes to text: the HTTP charset first, else the XML declaration's encoding, else a BOM,
 * else UTF-8. Old CMSs still serve Polish in windows-1250 or ISO-8859-2; TextDecoder knows both.
 */

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, ''));
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Decodes a response body into text. */
export function decodeBody(body: ArrayBuffer | Uint8Array | string, contentType?: string | null): string {
  if (typeof body === 'string') return body.replace(/^\uFEFF/, '');
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const bom = bomEncoding(bytes);
  // A BOM is the most reliable signal of all (the Encoding Standard lets it win over HTTP).
  let decoder = decoderFor(bom) ?? decoderFor(charsetOf(contentType));
  if (!decoder) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
    const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
    decoder = decoderFor(declared?.[1]) ?? new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}
