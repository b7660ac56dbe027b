import { parseInert } from './inert.js';

const NEEDS_PARSING = /[<&]/;
// Elements a browser lays out as their own block (block, table cell, list item, line break): their
// text never runs into the next word ("Version:5.7-rc4" was "Version: 5.7-rc4", issue 11).
const BLOCK =
  /^(?:P|DIV|BR|HR|LI|DL|DT|DD|H[1-6]|HGROUP|TABLE|CAPTION|THEAD|TBODY|TFOOT|TR|TD|TH|BLOCKQUOTE|FIGURE|FIGCAPTION|SECTION|ARTICLE|ASIDE|NAV|MAIN|HEADER|FOOTER|ADDRESS|UL|OL|MENU|DIR|PRE|CENTER|DETAILS|SUMMARY)$/;

/**
 * Plain text from an HTML fragment: tags stripped, entities decoded exactly once,
 * white space collapsed. Script and style content is dropped, never shown.
 */
export function htmlToText(html: string): string {
  if (!NEEDS_PARSING.test(html)) return html.replace(/\s+/g, ' ').trim();
  const doc = parseInert(`<!doctype html><body>${html}`, 'text/html');
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
        const block = BLOCK.test(tag);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  if (doc.body) walk(doc.body);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
