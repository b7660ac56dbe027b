import { parseInert } from './inert.js';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SINKS = new Set(['script', 'embed', 'object', 'iframe', 'frame']);

const resolve = (value: string, base: string) => {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
};

/**
 * Makes the relative URLs of an HTML fragment absolute against an explicit base (a feed's
 * xml:base, which applies to the content it wraps: RFC 4287 §7, XML Base). Nothing else is
 * changed; the result still goes through the sanitizer before it is shown.
 *
 * Elements whose URL attributes are Trusted Types sinks (<script>, <embed>, <object>, and all
 * of SVG and MathML, where <script href> is one) are left as they are: setting their `src` threw
 * under a strict CSP and left widgets loading forever (issue 11). The sanitizer removes them all.
 */
export function rebaseHtml(html: string, base: string): string {
  // Most bodies hold absolute URLs only: no need to parse those.
  if (!/\s(?:href|src|poster|srcset)\s*=\s*["']?(?![a-z][\w+.-]*:|\/\/)/i.test(html)) return html;
  const doc = parseInert(`<!doctype html><body>${html}`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('[href],[src],[poster],[srcset]'))) {
    if (el.namespaceURI !== XHTML || SINKS.has(el.localName)) continue;
    for (const name of ['href', 'src', 'poster']) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, resolve(value, base));
    }
    const set = el.getAttribute('srcset');
    if (set) el.setAttribute('srcset', set.split(',').map((c) => c.trim().replace(/^\S+/, (u) => resolve(u, base))).join(', '));
  }
  return doc.body.innerHTML;
}
