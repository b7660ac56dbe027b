import { RAW_TEXT, scanHtml } from './scan.js';

/**
 * Raw text and escapable raw text elements the sanitizer drops with their content (DOMPurify's
 * FORBID_CONTENTS): removed here whole, from the start tag to the end tag, so that what is left
 * is markup the browser reads as the scanner did.
 */
const DROPPED = new Set([...RAW_TEXT, 'title']);
/** Handler and style attributes: the allowlist refuses them, and Chromium reports them at parse time. */
const LOUD_ATTRIBUTE = /^(?:on|style$)/;

const quote = (value: string) => value.replace(/"/g, '&quot;');
/** Text before a removed element, its last `<` written as `&lt;` (the same text) so it cannot join what follows into a tag. */
const before = (text: string) => (text.endsWith('<') ? `${text.slice(0, -1)}&lt;` : text);

/**
 * Removes from a body, before it is parsed, what Chromium would report under a strict CSP even
 * in an inert document where nothing can run: `on*` handler and `style` attributes
 * (`script-src-attr`, `style-src-attr`) and `<script>`/`<style>` elements (`style-src-elem`,
 * Trusted Types). Every way of parsing reports them, a `DOMParser` document, one from
 * `document.implementation.createHTMLDocument` and `<template>` content alike (checked under the
 * enforced policy, issue 11), so they are taken out first; the allowlist would refuse them anyway.
 *
 * It works on tokens, not on source text: the linear scanner (src/sanitize/scan.ts) finds the
 * real tags, and only real attribute names in real start tags are touched. Text, comments and
 * attribute values pass unchanged, so "online/offline", "only > 5" or a `<script>` written as
 * text in a code block reach the reader as written (issue 11: a textual rename glued
 * `data-civic-` to such words and let a script's text swallow the rest of an article).
 *
 * Text on either side of a removed element must not join into a tag: in `<<script></script>img …>`
 * the first `<` is written `&lt;` (the same text once parsed). A `<textarea>`'s content, text to the scanner,
 * gets its `<` written as `&lt;` (the same text when parsed), so no tag can appear in it where
 * the parser reads markup instead (inside SVG).
 */
export function quiet(html: string): string {
  // Most bodies have none of it: nothing to do for those.
  if (!/<!\[CDATA\[|<\/?(?:script|style|xmp|iframe|noembed|noframes|title|plaintext|textarea)|[\t\n\f\r /"'](?:on|style)/i.test(html)) return html;
  const out: string[] = [];
  let last = 0;
  /** The element being dropped, until its end tag. */
  let dropping: string | undefined;
  let textarea = false;
  scanHtml(
    html,
    {
      comment(from) {
        // In SVG and MathML `<![CDATA[` opens a section of text up to `]]>`; elsewhere, as for the
        // scanner, a bogus comment up to the first `>`. Written `<!CDATA[`, it is that bogus
        // comment everywhere, so no tag hides from the scanner in it (a comment is never shown).
        if (!dropping && html.startsWith('<![CDATA[', from)) {
          out.push(html.slice(last, from), '<!');
          last = from + 3;
        }
      },
      text(text, container) {
        if (container === 'textarea' && text.includes('<')) textarea = true;
      },
      tag(name, end, from, to, attributes) {
        if (dropping) {
          if (end && name === dropping) {
            dropping = undefined;
            last = to;
          }
          return false;
        }
        if (textarea) {
          // The textarea's content ends where this (its end) tag starts.
          out.push(html.slice(last, from).replace(/</g, '&lt;'));
          last = from;
          textarea = false;
        }
        if (!end && DROPPED.has(name)) {
          out.push(before(html.slice(last, from)));
          dropping = name;
          last = to;
          return false;
        }
        if (end && DROPPED.has(name)) {
          // A stray end tag: nothing for the parser, and nothing to keep.
          out.push(before(html.slice(last, from)));
          last = to;
          return false;
        }
        if (end || !attributes?.some(([key]) => LOUD_ATTRIBUTE.test(key))) {
          if (name === 'textarea' && !end) {
            out.push(html.slice(last, to));
            last = to;
          }
          return false;
        }
        // The tag's name as written (only attributes change).
        out.push(html.slice(last, from), /^<[^\t\n\f\r />]*/.exec(html.slice(from, to))![0]);
        for (const [key, raw] of attributes) if (!LOUD_ATTRIBUTE.test(key)) out.push(` ${key}="${quote(raw)}"`);
        out.push('>');
        last = to;
        if (name === 'textarea') textarea = false;
        return false;
      },
    },
    true,
  );
  if (!dropping) out.push(textarea ? html.slice(last).replace(/</g, '&lt;') : html.slice(last));
  return out.join('');
}
