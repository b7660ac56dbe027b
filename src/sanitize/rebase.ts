import { parseInert } from './inert.js';

const XHTML = 'http://www.w3.org/1999/xhtml';

const resolve = (value: string, base: string) => {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
};

/**
 * Makes the relative URLs of an HTML fragment absolute against an explicit base (a feed's
 * xml:base, which applies to the content it wraps: RFC 4287 §7, XML Base). Only the URLs the
 * sanitizer keeps are rebased, `a[href]` and `img[src]`: everything else it removes anyway, and
 * setting `src` on a parsed <script> or <embed> is a Trusted Types sink that throws under a
 * strict CSP (issue 11). Nothing else is changed; the result still goes through the sanitizer.
 */
export function rebaseHtml(html: string, base: string): string {
  // Most bodies hold absolute URLs only: no need to parse those.
  if (!/\s(?:href|src)\s*=\s*["']?(?![a-z][\w+.-]*:|\/\/)/i.test(html)) return html;
  const doc = parseInert(`<!doctype html><body>${html}`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('a[href], img[src]'))) {
    if (el.namespaceURI !== XHTML) continue;
    const name = el.localName === 'a' ? 'href' : 'src';
    el.setAttribute(name, resolve(el.getAttribute(name)!, base));
  }
  return doc.body.innerHTML;
}
