import { scanHtml } from './scan.js';
import { decodeAttribute } from './text.js';

const resolve = (value: string, base: string) => {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'srcset']);
const attributeText = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Makes the relative URLs of an HTML fragment absolute against an explicit base (a feed's
 * xml:base, which applies to the content it wraps: RFC 4287 §7, XML Base). Only the tags that
 * hold a URL are rewritten, found by the linear scanner (src/sanitize/scan.ts): no parse, so a
 * deeply nested body costs its length, not the 10-60 s Chromium's parser took (issue 10).
 * The result still goes through the sanitizer before it is shown.
 *
 * Being a scan of text, it sets no attribute on any element, so it touches no Trusted Types
 * sink: setting a parsed `<embed>`'s `src` threw under a strict CSP and left widgets loading
 * forever (issue 11). What it rewrites in a `<script>` or `<svg>` the sanitizer removes anyway.
 */
export function rebaseHtml(html: string, base: string): string {
  // Most bodies hold absolute URLs only: nothing to do for those.
  if (!/\s(?:href|src|poster|srcset)\s*=\s*["']?(?![a-z][\w+.-]*:|\/\/)/i.test(html)) return html;
  const out: string[] = [];
  let last = 0;
  scanHtml(
    html,
    {
      tag(name, end, from, to, attributes) {
        if (end || !attributes?.some(([key]) => URL_ATTRIBUTES.has(key))) return false;
        out.push(html.slice(last, from), `<${name}`);
        for (const [key, raw] of attributes) {
          let value: string | undefined;
          if (key === 'srcset')
            value = decodeAttribute(raw)
              .split(',')
              .map((c) => c.trim().replace(/^\S+/, (u) => resolve(u, base)))
              .join(', ');
          else if (URL_ATTRIBUTES.has(key)) value = resolve(decodeAttribute(raw), base);
          out.push(` ${key}="${value === undefined ? raw.replace(/"/g, '&quot;') : attributeText(value)}"`);
        }
        out.push('>');
        last = to;
        return false;
      },
    },
    true,
  );
  out.push(html.slice(last));
  return out.join('');
}
