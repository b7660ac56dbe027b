import DOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { quiet } from './quiet.js';
import { resolveHttpUrl, resolveLinkUrl } from './url-policy.js';

/**
 * The one sanitizing door for HTML: article bodies become DOM here and nowhere else.
 *
 * DOMPurify does the parsing and the walking; on top of it sits an allowlist cut for news
 * bodies (README, Security). Everything not named is removed: script, style, forms, frames,
 * object, embed, SVG, MathML, and every `on*`, `style`, `id` and `class` attribute. The
 * content of a removed element that is harmless as text (a `<section>`, a `<font>`) stays.
 *
 * This module is loaded only when a body is rendered (src/sanitize/lazy.ts), so a page that
 * shows lists and cards never downloads it nor DOMPurify.
 */

/** What the door needs to know about the article a body belongs to. */
export interface BodyOptions {
  /** The article's own URL: relative links and images resolve against it. */
  base: string;
  /** `target` for links; `_blank` also adds a hidden "(opens in a new tab)". */
  target?: string;
  /** Hidden text appended to links that open a new tab. */
  newTabText?: string;
  /** Its language, when it is not the article's. */
  newTabLang?: string;
  /** Level the body's top heading is moved to (below the article's title); none: as published. */
  headingLevel?: number;
  /**
   * The Trusted Types policy DOMPurify hands its input string to DOMParser with (an inert
   * parse). Passing ours keeps DOMPurify from creating a policy of its own.
   */
  policy?: TrustedTypePolicyLike | null;
}

/** The part of a Trusted Types policy DOMPurify calls. */
export interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

/** Elements a news body may contain. */
export const ALLOWED_TAGS = [
  // Text blocks and structure.
  'p',
  'br',
  'hr',
  'div',
  'span',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // Lists.
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  // Figures, images and links.
  'figure',
  'figcaption',
  'img',
  'a',
  // Simple tables.
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  // Inline text semantics.
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'abbr',
  'cite',
  'q',
  'code',
  'kbd',
  'samp',
  'var',
  'dfn',
  'time',
  'bdi',
  'bdo',
  'wbr',
];

/** Attributes, each on the elements it means something on; the value checks are below. */
export const ATTRIBUTES: Record<string, readonly string[]> = {
  href: ['a'],
  src: ['img'],
  alt: ['img'],
  width: ['img'],
  height: ['img'],
  colspan: ['td', 'th'],
  rowspan: ['td', 'th'],
  scope: ['th'],
  datetime: ['time', 'del', 'ins'],
  start: ['ol'],
  reversed: ['ol'],
  title: ['*'],
  lang: ['*'],
  dir: ['*'],
};

export const ALLOWED_ATTR = Object.keys(ATTRIBUTES);

const NUMBER = /^\d{1,4}$/;
const VALUES: Record<string, RegExp> = {
  width: NUMBER,
  height: NUMBER,
  colspan: NUMBER,
  rowspan: NUMBER,
  start: /^-?\d{1,6}$/,
  scope: /^(row|col|rowgroup|colgroup)$/i,
  dir: /^(ltr|rtl|auto)$/i,
  lang: /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i,
};

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Our own hook has already resolved every URL to an absolute one that passed the URL
  // policy; this second check is DOMPurify's, kept as a belt to our braces. DOMPurify tests
  // every attribute not named URI-safe against it, so the attributes that are not URLs at
  // all are named here.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  ADD_URI_SAFE_ATTR: ALLOWED_ATTR.filter((name) => name !== 'href' && name !== 'src'),
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true,
};

// A private instance: the hooks below must never reach a page's own DOMPurify, which an
// ES module build shares with the host application.
const purify = DOMPurify(window);

let current: BodyOptions = { base: '' };

purify.addHook('uponSanitizeAttribute', (node: Element, event: UponSanitizeAttributeHookEvent) => {
  const name = event.attrName;
  const tag = node.localName;
  const where = ATTRIBUTES[name];
  if (!where || (where[0] !== '*' && !where.includes(tag))) {
    event.keepAttr = false;
    return;
  }
  if (name === 'href' || name === 'src') {
    const url = name === 'href' ? resolveLinkUrl(event.attrValue, current.base) : resolveHttpUrl(event.attrValue, current.base);
    if (url) event.attrValue = url;
    else event.keepAttr = false;
    return;
  }
  const rule = VALUES[name];
  if (rule && !rule.test(event.attrValue.trim())) event.keepAttr = false;
});

/** How much body this door takes: beyond, the article is read on the publisher's site. */
export const LIMITS = {
  /** Characters of HTML; longer bodies are not even parsed. */
  length: 4_000_000,
  /** Elements after parsing: sanitizing and laying out more would freeze a phone. */
  elements: 10_000,
  /** Nesting depth: no real article nests this deep, and deep trees are slow everywhere. */
  depth: 100,
};

/** The body is too large or too deep to show here; the message says which limit. */
export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
}

/**
 * Sanitizes a body into a DocumentFragment, ready to be put into a shadow root. It returns
 * DOM, never a string, so the result is not parsed a second time (no mutation XSS on the way
 * in) and no string sink is needed under Trusted Types. Throws BodyTooLarge past LIMITS.
 */
export function sanitizeBody(html: string, options: BodyOptions): DocumentFragment {
  const input = quiet(html);
  checkSize(input, options.policy);
  current = options;
  try {
    const config: Config = options.policy ? { ...CONFIG, TRUSTED_TYPES_POLICY: options.policy as unknown as Config['TRUSTED_TYPES_POLICY'] } : CONFIG;
    // null when the parse gave no body at all (a lone <frameset>): nothing is left to show.
    const fragment = purify.sanitize(input, { ...config, RETURN_DOM_FRAGMENT: true }) ?? document.createDocumentFragment();
    for (const img of Array.from(fragment.querySelectorAll('img'))) {
      // An image whose src failed the URL policy is only a broken box.
      if (img.hasAttribute('src')) decorateImage(img);
      else img.remove();
    }
    for (const link of Array.from(fragment.querySelectorAll('a[href]'))) decorateLink(link, options);
    if (options.headingLevel) shiftHeadings(fragment, options.headingLevel);
    return fragment;
  } finally {
    current = { base: '' };
  }
}

/**
 * Measures the body before DOMPurify walks it: an inert parse (no script runs, nothing
 * loads) is cheap next to sanitizing and laying out a huge or pathologically deep tree.
 */
function checkSize(html: string, policy: TrustedTypePolicyLike | null | undefined): void {
  if (html.length > LIMITS.length) throw new BodyTooLarge(`The body has more than ${LIMITS.length} characters.`);
  // Start tags bound the element count from above (a few more hide in comments or script
  // text): twice the limit is a body that need not be parsed to be refused.
  if ((html.match(/<[a-z]/gi)?.length ?? 0) > 2 * LIMITS.elements) throw new BodyTooLarge(`The body has more than ${LIMITS.elements} elements.`);
  if (roughDepth(html) > 10 * LIMITS.depth) throw new BodyTooLarge(`The body nests deeper than ${LIMITS.depth} levels.`);
  const doc = new DOMParser().parseFromString((policy ? policy.createHTML(html) : html) as string, 'text/html');
  const body = doc.body;
  if (!body) return;
  if (body.getElementsByTagName('*').length > LIMITS.elements) throw new BodyTooLarge(`The body has more than ${LIMITS.elements} elements.`);
  const stack: [Element, number][] = [[body, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > LIMITS.depth) throw new BodyTooLarge(`The body nests deeper than ${LIMITS.depth} levels.`);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

// Elements whose end tag may be left out (the parser closes them) or that have none: a
// rough count of nesting must not take a page of unclosed <p> for a deep tree.
const NOT_NESTING = new Set(
  'p li dt dd tr td th tbody thead tfoot caption colgroup option optgroup rt rp html head body br img hr wbr input meta link source area col embed param track base'.split(
    ' ',
  ),
);

/**
 * Nesting depth read from the tags alone, without parsing. Chromium's parser slows down
 * quadratically past its own depth cap of 512 (a body nested 10,000 deep takes it half a
 * second or more), so such a body is refused before it is parsed.
 */
function roughDepth(html: string): number {
  const tag = /<(\/?)([a-z][\w-]*)/gi;
  let depth = 0;
  let max = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (NOT_NESTING.has(match[2].toLowerCase())) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

function decorateLink(link: Element, options: BodyOptions): void {
  link.setAttribute('rel', 'noopener noreferrer');
  const target = options.target;
  if (target && target !== '_self') link.setAttribute('target', target);
  if (/^_blank$/i.test(target ?? '') && options.newTabText) {
    const hint = link.ownerDocument.createElement('span');
    hint.className = 'visually-hidden';
    if (options.newTabLang) hint.lang = options.newTabLang;
    hint.textContent = ` ${options.newTabText}`;
    link.append(hint);
  }
}

function decorateImage(img: Element): void {
  img.setAttribute('loading', 'lazy');
  img.setAttribute('decoding', 'async');
  // No alt at all makes screen readers spell out the file name.
  if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
}

/**
 * Moves the body's headings so the highest one sits at `top` (one below the article title),
 * keeping their order of rank. Levels past 6 stay at 6: HTML has no h7.
 */
function shiftHeadings(fragment: DocumentFragment, top: number): void {
  const headings = Array.from(fragment.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (!headings.length) return;
  const highest = Math.min(...headings.map((h) => Number(h.localName[1])));
  const shift = top - highest;
  if (!shift) return;
  for (const heading of headings) {
    const level = Math.min(6, Math.max(1, Number(heading.localName[1]) + shift));
    const moved = heading.ownerDocument.createElement(`h${level}`);
    for (const attr of Array.from(heading.attributes)) moved.setAttribute(attr.name, attr.value);
    moved.append(...Array.from(heading.childNodes));
    heading.replaceWith(moved);
  }
}
