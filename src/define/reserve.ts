/**
 * The room a widget will take, kept from the moment the script tag's loader runs until its
 * element is defined (issue 13: no layout shift). Before the core arrives an unknown element is
 * inline and 0 px tall; once defined it shows its skeleton at once, and the text below it would
 * jump by the skeleton's height. These rules give every widget that has no content of its own
 * (an empty element, or a `data-civic-widget` placeholder before its upgrade) an empty `::before`
 * as tall as the skeleton will be, worked out in CSS from the same things the skeleton is made
 * of: `limit` (at most 10 teasers, as the skeleton), `layout`, `hide`, `heading`, the column's
 * width (container query units, so `16 / 9` pictures keep their height), the page's font size
 * and line height, and the `--civic-*` tokens that change them (`--civic-reserve` among them).
 * test/perf/reserve.test.ts holds these sizes to the skeletons', widget by widget and width by
 * width; keep the two in step when the skeleton changes (skeleton.ts, base.styles.ts,
 * teaser.styles.ts, article.styles.ts).
 *
 * The rules sit in a cascade layer: any rule of the page's own (`display: none` on a widget, a
 * size of its own) wins over them whatever its specificity.
 */

const WIDGETS = ['article-list', 'article-card', 'related-articles', 'article'];

/** A widget by name: its element, or its placeholder. */
const box = (name: string) => `:is(civic-${name},[data-civic-widget=${name} i])`;
/** An attribute as the element has it, or as its placeholder (`data-` before its name). */
const attr = (test: string) => `:is([${test}],[data-${test}])`;
const layout = (name: string) => attr(`layout=${name}`);
const hidden = (part: string) => attr(`hide~=${part}`);
/**
 * A widget still waiting for its element, or defined and not drawn yet (no `state`: the core
 * draws in the task after the one that defines), with nothing of its own to show meanwhile.
 */
const WAITING = `:is(:is(${WIDGETS.map((name) => `civic-${name}`).join()}):not([state]),[data-civic-widget]):not([hidden]):not(:has(*))`;
const BEFORE = `${WAITING}::before`;
const RATIO = '/(var(--civic-image-ratio,16/9))';
/** Title (two lines of 1.125em) and date line (0.875em). */
const TEXT = '3.125lh';
/** A row of tags (0.8125em, in a 1px border), when shown. */
const TAGS = '(.8125lh + 2px)*var(--_G)';
/** Rules in a `@container (min-width: …)` query on the widget. */
const wide = (rem: number, rules: string) => `@container (min-width:${rem}rem){${rules}}`;

/** The rules, as a style sheet's text. */
export function reserveCss(): string {
  // Inputs, on the widget: teasers, padding, heading, picture and lead shown. Attribute rules
  // match any element (only these rules read what they set), and win over the widgets' defaults.
  let css = `:where(${WIDGETS.map(box)}){--_n:5;--_P:1rem;--_H:0;--_I:1;--_E:1;--_G:1}:where(${box('related-articles')}){--_n:3;--_H:1}`;
  // 10 and more (two digits and up) make the skeleton's 10; then 1 to 9. A card has one.
  for (let n = 1; n < 10; n++) css += `${attr(`limit^="${n}"`)}{--_n:10}${attr(`limit="${n}"`)}{--_n:${n}}`;
  css +=
    `${box('article-card')}{--_n:1;--_P:calc(2rem + 2px)}${attr('heading')}{--_H:1}${attr('heading=""')}{--_H:0}` +
    `${hidden('image')}{--_I:0}${hidden('lead')}{--_E:0}${hidden('tags')}{--_G:0}` +
    `${WAITING}{display:block;container-type:inline-size;min-inline-size:min(100%,16rem)}` +
    // A list of teasers, each a picture over its text, 1.5rem apart.
    `${BEFORE}{content:"";display:block;font-size:var(--civic-font-size,inherit);line-height:var(--civic-line-height,inherit);` +
    `--_w:calc(100cqi - var(--_P));--_c:var(--_w);--_r:min(var(--_n),10);--_g:1.5rem;--_x:0px;` +
    `--_it:calc((var(--_c)${RATIO} + .5rem)*var(--_I) + ${TEXT} + .5rem + (3lh + .5rem)*var(--_E) + ${TAGS} + .5rem*var(--_G));` +
    `block-size:calc(var(--_P) + (1.375lh + .75rem)*var(--_H) + max(var(--civic-reserve,0px),var(--_r)*var(--_it) + (var(--_r) - 1)*var(--_g) + var(--_x)))}`;
  // From 30rem the picture stands beside the text (a third of the row, from 60rem a quarter),
  // in a grid of five rows: the text takes four row gaps, with or without its row of tags.
  for (const share of [3, 4])
    css += wide(
      share * 30 - 60,
      `${WAITING}:not(${layout('grid')},${layout('compact')},${hidden('image')})::before{--_it:max((var(--_w) - 1.25rem)/${share}${RATIO},${TEXT} + 3lh*var(--_E) + ${TAGS} + 2rem)}`,
    );
  // Compact: titles (two lines of 1em, one beside the date from 36rem) and dates, between rules.
  const compact = `${WAITING}${layout('compact')}::before`;
  css += `${compact}{--_it:calc(1.375rem + 1px + 2.875lh);--_g:0px;--_x:calc(-.375rem - 1px)}${wide(36, `${compact}{--_it:calc(1.25rem + 1px + 1lh)}`)}`;
  // Grid: as many 15rem columns (1rem apart) as the row holds, the rows 1.5rem apart.
  const grid = `${WAITING}${layout('grid')}::before`;
  css += `${grid}{--_k:1;--_c:calc((var(--_w) - (var(--_k) - 1)*1rem)/var(--_k));--_r:round(up,min(var(--_n),10)/var(--_k))}`;
  for (let k = 2; k < 9; k++) css += wide(16 * k, `${grid}{--_k:${k}}`);
  // The whole article: title, lead and date line, the picture, and a body of at least a screen.
  css +=
    `${WAITING}${box('article')}::before{--_H:0;--_r:1;` +
    `--_it:calc(4.375em + .75rem + (5.34375em + .75rem)*var(--_E) + .875lh + 1rem + (var(--_w)${RATIO} + 1rem)*var(--_I) + max(6rem,100svh))}`;
  return `@layer civic-reserve{${css}}`;
}

/**
 * Adds the rules to the document (a constructed sheet: a strict `style-src` allows it); returns
 * a function that takes them away again, for a core that could not load (the boxes would stay
 * empty). Nothing happens in a browser without constructed style sheets.
 */
export function reserveRoom(doc: Document = document): () => void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(reserveCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
  };
}
