// Helpers of the accessibility tests: mount an element of the table in a state, read colors as
// the screen shows them, emulate media features, walk the rendered shadow tree.
import { nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CivicFeedElement, Layout, WidgetState } from '../../src/elements/shared/feed-element.js';
import { LOADING_DELAY_MS, loadingSaid } from '../../src/elements/shared/announcer.js';
import { hasDevtools } from '../devtools.js';
import { until } from '../helpers.js';
import type { Attributes, ElementCase, Lang, Scheme } from './elements.js';

export interface Mount {
  state: WidgetState;
  lang: Lang;
  layout?: Layout;
  scheme?: Scheme | 'auto';
  /** Width of the column the element sits in, in CSS px. */
  width?: number;
  attrs?: Attributes;
  /** Where to put it (another document's element for the isolation pages). */
  parent?: HTMLElement;
}

/** Attributes of an element of the table for a mount. */
export function attributesFor(c: ElementCase, m: Mount): Attributes {
  return {
    ...c.states[m.state](m.lang),
    ...(m.layout ? { layout: m.layout } : {}),
    ...(m.scheme ? { 'color-scheme': m.scheme } : {}),
    ...m.attrs,
  };
}

/** Puts an element of the table into a column of the given width, in the state asked for. */
export async function mount(c: ElementCase, m: Mount): Promise<CivicFeedElement> {
  const parent = m.parent ?? document.body;
  const doc = parent.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'civic-test-column';
  box.lang = m.lang;
  box.style.width = `${m.width ?? 720}px`;
  const el = doc.createElement(c.tag) as CivicFeedElement;
  for (const [name, value] of Object.entries(attributesFor(c, m))) el.setAttribute(name, value);
  // "Loading…" is said once loading has lasted a second (announcer.ts): these checks are of the
  // state with its message, not of that second, which test/a11y/announce.test.ts times. The
  // element's timer of that length fires at once here.
  const timer = window.setTimeout;
  if (m.state === 'loading')
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      timer(handler, ms === LOADING_DELAY_MS ? 0 : ms, ...rest)) as typeof setTimeout;
  try {
    box.append(el);
    parent.append(box);
    await until(el, m.state);
    if (m.state === 'loading') await untilSaid(el);
  } finally {
    window.setTimeout = timer;
  }
  await settle(el);
  return el;
}

/**
 * Waits until the live region says something: "Loading…" is said only once loading has lasted
 * a second (src/elements/shared/announcer.ts), so a loading element is checked as readers meet
 * it. With another element already saying it for the page, this one stays quiet: no wait then.
 */
export async function untilSaid(el: CivicFeedElement): Promise<void> {
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  while (!region.textContent!.trim() && !(loadingSaid() && el.getAttribute('state') === 'loading')) await nextFrame();
  await el.updateComplete;
}

/** Waits until the live region is open and the last render is done. */
export async function settle(el: CivicFeedElement): Promise<void> {
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
}

/** Removes every column the tests put on the page (and so aborts pending loads). */
export function unmountAll(doc: Document = document): void {
  for (const box of Array.from(doc.querySelectorAll('.civic-test-column'))) box.remove();
}

export const root = (el: Element) => el.shadowRoot!;

/** Every element of a shadow tree and of the shadow trees inside it. */
export function deepElements(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(node.querySelectorAll('*'))) {
    out.push(child);
    if (child.shadowRoot) out.push(...deepElements(child.shadowRoot));
  }
  return out;
}

/** The element that really has the focus, through shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The parent in the flat tree: across a shadow root to its host. */
export const flatParent = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** Is the element inside the screen-reader-only helper (clipped on purpose)? */
export const srOnly = (el: Element) => !!el.closest('.visually-hidden');

// Colors as the screen shows them: any CSS color (rgb, light-dark() results, system colors)
// through a canvas, so no color syntax needs parsing here.
const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
export type RGBA = [number, number, number, number];

export function rgba(color: string): RGBA {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` drawn over `bottom`. */
export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** The color behind an element: its own background and its ancestors', over the white canvas. */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGBA) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2.1 contrast ratio of a (possibly translucent) foreground over a background. */
export function contrast(fg: RGBA, bg: RGBA): number {
  const shown = over(fg, bg);
  const [l1, l2] = [luminance(shown), luminance(bg)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Emulates CSS media features (prefers-color-scheme, prefers-reduced-motion, forced-colors); {}
 * resets, and is a no-op where nothing can be emulated (only Chromium can: test/devtools.ts).
 */
export async function emulate(features: Record<string, string>): Promise<void> {
  if (!Object.keys(features).length && !(await hasDevtools())) return;
  await executeServerCommand('civic-emulate-media', features);
  await nextFrame();
}

/** Elements that carry visible text of their own (a text node child), outside the sr-only helper. */
export function textElements(node: ParentNode): Element[] {
  return deepElements(node).filter((el) => {
    if (srOnly(el) || el.closest('[aria-hidden="true"]')) return false;
    const rect = el.getBoundingClientRect();
    if (!rect.width || !rect.height) return false;
    return Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
  });
}

/** Boxes of rendered elements, for geometry checks. */
export const rendered = (node: ParentNode) =>
  deepElements(node).filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !srOnly(el);
  });
