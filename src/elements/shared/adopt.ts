import type { CSSResultOrNative } from 'lit';

/** The element's style sheets rebuilt for each other document it has been moved into. */
const perDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

const cssText = (style: CSSResultOrNative) => ('cssText' in style ? style.cssText : Array.from(style.cssRules, (rule) => rule.cssText).join('\n'));

/**
 * Gives a shadow root the element's styles again after the element moved to `doc` (issue 10).
 * Lit adopts constructed style sheets once, made in the document that defined the element;
 * the platform lets a sheet be adopted only in the document that constructed it, so moving an
 * element into an iframe's document (and back) leaves its shadow root unstyled. In the home
 * document Lit's own sheets go back; in another one, sheets built by that document's window, one
 * set per document, shared by every element moved there. A document with no window (made by
 * `document.implementation` or DOMParser) renders nothing, so it gets no sheets; they return
 * with the next move into a real one. No `<style>` fallback: it would trip a strict CSP.
 */
export function restyle(root: ShadowRoot, styles: CSSResultOrNative[], doc: Document): void {
  if (doc === document) {
    root.adoptedStyleSheets = styles.map((style) => ('styleSheet' in style ? style.styleSheet! : style));
    return;
  }
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let sheets = perDocument.get(doc);
  if (!sheets) perDocument.set(doc, (sheets = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      sheets.set(style, sheet);
    }
    return sheet;
  });
}
