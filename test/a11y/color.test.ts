// Colors as rendered: contrast of every token pair and of every piece of text in both schemes
// (axe leaves text under the card's click overlay as "needs review", so it is measured here
// too), `color-scheme`, forced colors (Windows High Contrast) and reduced motion.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { needsDevtools } from '../devtools.js';
import { freshStore } from '../helpers.js';
import { ELEMENTS, SCHEMES, STATES, type Scheme } from './elements.js';
import { backgroundOf, contrast, deepActive, emulate, mount, over, rgba, root, textElements, unmountAll } from './harness.js';

const [list] = ELEMENTS;
const ratio = (n: number) => Math.floor(n * 100) / 100;

/** A system color as this browser paints it now. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The color of the ring round the first article once the keyboard reaches its link. */
async function focusRingColor(el: Element): Promise<string> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  const link = root(el).querySelector('article a')!;
  expect(deepActive()).to.equal(link);
  const color = getComputedStyle(link.closest('article')!).outlineColor;
  before.remove();
  return color;
}

describe('colors', () => {
  beforeEach(freshStore);
  afterEach(async () => {
    unmountAll();
    await emulate({});
  });

  describe('token pairs', () => {
    const measured: Record<string, Record<Scheme, number>> = {};
    after(() => {
      // The table of docs/accessibility.md, printed by every run.
      console.log(
        ['pair | light | dark', ...Object.entries(measured).map(([pair, r]) => `${pair} | ${r.light.toFixed(2)}:1 | ${r.dark.toFixed(2)}:1`)].join('\n'),
      );
    });

    for (const scheme of SCHEMES) {
      it(`reach 4.5:1 for text and 3:1 for the focus ring, borders of controls and the error box in ${scheme}`, async () => {
        const ready = await mount(list, { state: 'ready', lang: 'pl', scheme });
        const failed = await mount(list, { state: 'error', lang: 'pl', scheme });
        const surface = backgroundOf(root(ready).querySelector('.root')!);
        const style = (el: Element, selector: string) => getComputedStyle(root(el).querySelector(selector)!);
        const pairs: [string, string, number][] = [
          ['text on surface', style(ready, '.lead').color, 4.5],
          ['muted (dates, tags) on surface', style(ready, '.meta').color, 4.5],
          ['accent (links) on surface', style(ready, '.title a').color, 4.5],
          ['accent (Retry text and border) on surface', style(failed, 'button').borderTopColor, 4.5],
          ['error box border on surface', style(failed, '.error').borderTopColor, 3],
          ['focus ring on surface', await focusRingColor(ready), 3],
          ['border (card, tag outlines, separators; decoration)', style(ready, '.tags li').borderTopColor, 1],
        ];
        for (const [name, color, minimum] of pairs) {
          const r = contrast(rgba(color), surface);
          (measured[name] ??= { light: 0, dark: 0 })[scheme] = ratio(r);
          expect(r, `${name}: ${color}`).to.be.at.least(minimum);
        }
        // The photo credit lies on a veil over the picture: measured over the worst picture, a white one.
        const credit = style(ready, '[part~="credit"]');
        const veiled = contrast(rgba(credit.color), over(rgba(credit.backgroundColor), [255, 255, 255, 1]));
        const name = 'photo credit on its veil, over a white picture';
        (measured[name] ??= { light: 0, dark: 0 })[scheme] = ratio(veiled);
        expect(veiled, `${name}: ${credit.color} on ${credit.backgroundColor}`).to.be.at.least(4.5);
      });
    }

    it('match the table of docs/accessibility.md', async () => {
      const doc = await (await fetch('/docs/accessibility.md')).text();
      for (const [pair, r] of Object.entries(measured)) {
        const row = `| ${pair} | ${r.light.toFixed(2)}:1 | ${r.dark.toFixed(2)}:1 |`;
        expect(doc.includes(row), `docs/accessibility.md has the row ${row}`).to.be.true;
      }
      expect(Object.keys(measured)).to.have.length(8);
    });
  });

  for (const c of ELEMENTS) {
    for (const scheme of SCHEMES) {
      for (const state of STATES) {
        for (const layout of c.layouts) {
          it(`<${c.tag}> shows every text at 4.5:1 or more (${state}, ${layout}, ${scheme})`, async () => {
            const el = await mount(c, { state, lang: 'pl', layout, scheme });
            const texts = textElements(root(el));
            if (state === 'empty' && c.silentWhenEmpty) expect(texts).to.have.length(0);
            // While loading, the skeleton shows it and the words are for screen readers only
            // (issue 13: no line that vanishes when the articles come); a heading may show.
            else if (state === 'loading') expect(texts.length).to.equal(c.tag === 'civic-related-articles' ? 1 : 0);
            else expect(texts.length).to.be.greaterThan(0);
            for (const text of texts) {
              const style = getComputedStyle(text);
              const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
              const r = contrast(rgba(style.color), backgroundOf(text));
              expect(r, `"${text.textContent!.trim().slice(0, 40)}" ${style.color}`).to.be.at.least(large ? 3 : 4.5);
            }
          });
        }
      }
    }
  }

  describe('color-scheme', () => {
    const surfaceOf = (el: Element) => getComputedStyle(root(el).querySelector('.root')!).backgroundColor;

    it('follows prefers-color-scheme when auto, and the attribute when light or dark', async function () {
      await needsDevtools.call(this);
      await emulate({ 'prefers-color-scheme': 'dark' });
      const auto = await mount(list, { state: 'ready', lang: 'pl', scheme: 'auto' });
      const light = await mount(list, { state: 'ready', lang: 'pl', scheme: 'light' });
      expect(rgba(surfaceOf(auto))).to.deep.equal(rgba('#161b22'));
      expect(rgba(surfaceOf(light))).to.deep.equal(rgba('#ffffff'));
      await emulate({ 'prefers-color-scheme': 'light' });
      const dark = await mount(list, { state: 'ready', lang: 'pl', scheme: 'dark' });
      expect(rgba(surfaceOf(auto))).to.deep.equal(rgba('#ffffff'));
      expect(rgba(surfaceOf(dark))).to.deep.equal(rgba('#161b22'));
    });

    it('is not overridden by the page forcing a scheme on every element', async () => {
      const page = document.createElement('style');
      page.textContent = '* { color-scheme: light !important; }';
      document.head.append(page);
      try {
        const dark = await mount(list, { state: 'ready', lang: 'pl', scheme: 'dark' });
        expect(rgba(surfaceOf(dark))).to.deep.equal(rgba('#161b22'));
      } finally {
        page.remove();
      }
    });
  });

  describe('in forced colors (Windows High Contrast)', () => {
    before(needsDevtools);
    for (const c of ELEMENTS) {
      it(`<${c.tag}> uses system colors for links, the focus ring, the error box and the skeleton`, async () => {
        await emulate({ 'forced-colors': 'active' });
        const el = await mount(c, { state: 'ready', lang: 'pl' });
        const link = root(el).querySelector('article a')!;
        expect(rgba(getComputedStyle(link).color)).to.deep.equal(rgba(systemColor('LinkText')));
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(link);
        // A teaser rings its whole article (the card is the link's target); a full article rings the link.
        const ring = getComputedStyle(c.teasers === false ? link : link.closest('article')!);
        expect(ring.outlineStyle).to.equal('solid');
        expect(rgba(ring.outlineColor)).to.deep.equal(rgba(systemColor('Highlight')));
        before.remove();

        const failed = await mount(c, { state: 'error', lang: 'pl' });
        expect(rgba(getComputedStyle(root(failed).querySelector('.error')!).borderTopColor)).to.deep.equal(rgba(systemColor('CanvasText')));
        const loading = await mount(c, { state: 'loading', lang: 'pl' });
        const bar = getComputedStyle(root(loading).querySelector('.skeleton-item')!);
        expect(rgba(bar.backgroundColor)).to.deep.equal(rgba(systemColor('GrayText')));
        expect(bar.opacity).to.equal('1');
      });
    }
  });

  describe('motion', () => {
    before(needsDevtools);
    it('pulses the loading skeleton, and holds it still under prefers-reduced-motion', async () => {
      const moving = await mount(list, { state: 'loading', lang: 'pl' });
      const pulse = getComputedStyle(root(moving).querySelector('.skeleton-item')!);
      expect(pulse.animationName).to.equal('civic-pulse');
      // It stops by itself within 5 s (WCAG 2.2.2: no pause control needed).
      expect(parseFloat(pulse.animationDuration) * Number(pulse.animationIterationCount)).to.be.at.most(5);
      await emulate({ 'prefers-reduced-motion': 'reduce' });
      for (const c of ELEMENTS) {
        const still = await mount(c, { state: 'loading', lang: 'pl' });
        for (const bar of Array.from(root(still).querySelectorAll('.skeleton-item'))) expect(getComputedStyle(bar).animationName).to.equal('none');
      }
    });
  });
});
