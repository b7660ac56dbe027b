/**
 * The one URL policy: every URL that becomes an `href` or `src` passes here.
 * Relative URLs resolve against the article's (or feed's) own URL; only http and https
 * survive for links and images, plus mailto and tel for links inside article bodies.
 */

const WEB = new Set(['http:', 'https:']);
const BODY_LINK = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Control, format (zero-width, bidi) and space characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/gu;

function resolve(value: unknown, base: string | undefined, allowed: Set<string>): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers strip ASCII control characters and white space before reading a scheme
  // ("java\tscript:"); URL does the same, so resolving first closes those tricks.
  const text = value.trim();
  if (!text) return undefined;
  // With an invisible or control character inside or before it ("\u180Ejavascript:",
  // "java\x03script:"), a scheme is no scheme to the URL parser, and the whole becomes a
  // harmless relative path. Only an attack writes one, so it is refused, not resolved.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text.replace(INVISIBLE, ''));
  if (scheme && !allowed.has(`${scheme[1].toLowerCase()}:`)) return undefined;
  // A real address writes these percent-encoded; raw, they are markup looking for a way out.
  if (/[<>"`]/.test(text)) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  if (!allowed.has(url.protocol)) return undefined;
  if (WEB.has(url.protocol) && !url.hostname) return undefined;
  return url.href;
}

/** An absolute http(s) URL, or undefined. Used for article links and images. */
export function resolveHttpUrl(value: unknown, base?: string): string | undefined {
  return resolve(value, base, WEB);
}

/** An absolute http, https, mailto or tel URL, or undefined. Used for links in bodies. */
export function resolveLinkUrl(value: unknown, base?: string): string | undefined {
  return resolve(value, base, BODY_LINK);
}
