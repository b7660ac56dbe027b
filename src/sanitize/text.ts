import { parseInert } from './inert.js';

const NEEDS_PARSING = /[<&]/;
const BLOCK = /^(P|DIV|BR|LI|H[1-6]|TR|BLOCKQUOTE|FIGCAPTION|SECTION|ARTICLE|HEADER|FOOTER|UL|OL|TABLE|PRE)$/;

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
