// Geometry a reader depends on: reflow in a 320px column (WCAG 1.4.10), no clipped or
// overlapping text with the WCAG 1.4.12 text spacing or with text at 200% (1.4.4), and
// layouts that follow the column they sit in (container queries), not the window.
import { expect } from '@open-wc/testing';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { freshStore } from '../helpers.js';
import { ELEMENTS, LANGS, stressFeed } from './elements.js';
import { mount, rendered, root, settle, srOnly, unmountAll, type Mount } from './harness.js';

/** WCAG 1.4.12's text spacing, as the usual bookmarklet applies it, inside the shadow tree too. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, h1, h2, h3, h4, h5, h6 { margin-bottom: 2em !important; }`;

function applySpacing(el: CivicFeedElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, sheet];
  // Lay the element out afresh: WebKitGTK 2.50 keeps a grid's track sizes from before a shadow
  // root's adopted sheets change (the compact layout's date column stays as wide as without the
  // letter spacing until the next full layout). What is checked is our CSS with the spacing.
  el.style.display = 'none';
  void el.offsetWidth;
  el.style.display = '';
}

const TEXT_BLOCKS =
  '[part~="title"], [part~="meta"], [part~="lead"], [part~="tags"] li, [part~="credit"], [part~="image"], [part~="status"], [part~="retry"], [part~="heading"]';

/** Nothing sticks out of the column, nothing is cut off, no two pieces of text overlap. */
function expectFits(el: CivicFeedElement, width: number): void {
  const column = el.parentElement!.getBoundingClientRect();
  expect(column.width).to.equal(width);
  for (const node of rendered(root(el))) {
    const box = node.getBoundingClientRect();
    const what = `${node.tagName.toLowerCase()}.${node.className} "${node.textContent!.trim().slice(0, 30)}"`;
    expect(box.left, `${what} starts left of the column`).to.be.at.least(column.left - 0.5);
    expect(box.right, `${what} ends right of the column`).to.be.at.most(column.right + 0.5);
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      expect(node.scrollWidth, `${what} clips text sideways`).to.be.at.most(node.clientWidth + 1);
      expect(node.scrollHeight, `${what} clips text`).to.be.at.most(node.clientHeight + 1);
    }
  }
  expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  const blocks = Array.from(root(el).querySelectorAll(TEXT_BLOCKS)).filter((b) => !srOnly(b) && b.getBoundingClientRect().height > 0);
  for (let i = 0; i < blocks.length; i++) {
    for (let j = i + 1; j < blocks.length; j++) {
      const [a, b] = [blocks[i], blocks[j]];
      if (a.contains(b) || b.contains(a)) continue;
      const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      // A photo credit lies over its own picture's lower corner, inside it.
      const credit = [a, b].find((n) => n.matches('[part~="credit"]'));
      const image = [a, b].find((n) => n.matches('[part~="image"]'));
      if (credit && image && credit.parentElement === image.parentElement) {
        const [c, i] = [credit.getBoundingClientRect(), image.getBoundingClientRect()];
        const inside = c.left >= i.left - 0.5 && c.right <= i.right + 0.5 && c.top >= i.top - 0.5 && c.bottom <= i.bottom + 0.5;
        expect(inside, `the credit "${credit.textContent!.trim().slice(0, 30)}" lies inside its picture`).to.be.true;
        continue;
      }
      const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0.5 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 0.5;
      expect(overlap, `"${a.textContent!.trim().slice(0, 30)}" overlaps "${b.textContent!.trim().slice(0, 30)}"`).to.be.false;
    }
  }
}

/** The states to check a geometry in: the sample news, the longest words, and the error box. */
function variants(lang: (typeof LANGS)[number]): [string, Mount][] {
  return [
    ['sample news', { state: 'ready', lang }],
    ['long words and URLs', { state: 'ready', lang, attrs: { src: stressFeed() } }],
    ['an error', { state: 'error', lang }],
    ['nothing to show', { state: 'empty', lang }],
  ];
}

for (const c of ELEMENTS) {
  describe(`<${c.tag}>`, () => {
    beforeEach(freshStore);
    afterEach(() => {
      unmountAll();
      document.documentElement.style.fontSize = '';
    });

    describe('reflow (WCAG 1.4.10)', () => {
      for (const layout of c.layouts) {
        for (const lang of LANGS) {
          for (const [name, m] of variants(lang)) {
            for (const width of [280, 320]) {
              it(`fits a ${width}px column with ${name} (${layout}, ${lang})`, async () => {
                const el = await mount(c, { ...m, layout, width });
                expectFits(el, width);
              });
            }
          }
        }
      }
    });

    describe('text spacing (WCAG 1.4.12)', () => {
      for (const layout of c.layouts) {
        for (const [name, m] of variants('pl')) {
          for (const width of [320, 1024]) {
            it(`clips and overlaps nothing with ${name} at ${width}px (${layout})`, async () => {
              const el = await mount(c, { ...m, layout, width });
              const before = root(el).querySelector('.root')!.getBoundingClientRect().height;
              applySpacing(el);
              await settle(el);
              // The spacing applied (the content grew where it wraps), and everything still fits.
              expect(getComputedStyle(root(el).querySelector('[role="status"]')!).letterSpacing).to.not.equal('normal');
              expect(root(el).querySelector('.root')!.getBoundingClientRect().height).to.be.at.least(before);
              expectFits(el, width);
            });
          }
        }
      }
    });

    describe('text at 200% (WCAG 1.4.4)', () => {
      for (const layout of c.layouts) {
        for (const width of [320, 640, 1024]) {
          it(`clips and overlaps nothing with the long words at ${width}px (${layout})`, async () => {
            document.documentElement.style.fontSize = '200%';
            const el = await mount(c, { state: 'ready', lang: 'pl', layout, width, attrs: { src: stressFeed() } });
            expect(getComputedStyle(root(el).querySelector('.root')!).fontSize).to.equal('32px');
            expectFits(el, width);
          });
        }
      }
    });

    describe('layouts follow the column, not the window', () => {
      const boxes = (el: Element, selector: string) => Array.from(root(el).querySelectorAll(selector)).map((n) => n.getBoundingClientRect());

      if (c.teasers !== false && c.layouts.includes('list')) {
        it('list: picture above the title in a 280px sidebar, beside it in a 1200px column', async () => {
          const narrow = await mount(c, { state: 'ready', lang: 'pl', width: 280 });
          const wide = await mount(c, { state: 'ready', lang: 'pl', width: 1200 });
          for (const [el, beside] of [
            [narrow, false],
            [wide, true],
          ] as const) {
            const article = root(el).querySelector('article.has-image')!;
            const img = article.querySelector('img')!.getBoundingClientRect();
            const title = article.querySelector('[part~="title"]')!.getBoundingClientRect();
            if (beside) {
              expect(img.right).to.be.at.most(title.left);
              expect(Math.abs(img.top - title.top)).to.be.below(2);
            } else {
              expect(img.bottom).to.be.at.most(title.top);
              expect(img.width).to.be.closeTo(article.getBoundingClientRect().width, 1);
            }
          }
        });
      }

      if (c.layouts.includes('grid')) {
        it('grid: one column in a 280px sidebar, four in a 1200px column', async () => {
          const columns = (el: Element) => new Set(boxes(el, '[part~="item"]').map((b) => Math.round(b.left))).size;
          expect(columns(await mount(c, { state: 'ready', lang: 'pl', layout: 'grid', width: 280, attrs: { limit: '4' } }))).to.equal(1);
          expect(columns(await mount(c, { state: 'ready', lang: 'pl', layout: 'grid', width: 1200, attrs: { limit: '4' } }))).to.equal(4);
        });
      }

      if (c.layouts.includes('compact')) {
        it('compact: titles and dates only; the date under the title in a sidebar, beside it in a wide column', async () => {
          const narrow = await mount(c, { state: 'ready', lang: 'pl', layout: 'compact', width: 280 });
          const wide = await mount(c, { state: 'ready', lang: 'pl', layout: 'compact', width: 1200 });
          for (const el of [narrow, wide]) {
            expect(root(el).querySelectorAll('img, [part~="lead"], [part~="tags"], .authors, [part~="credit"]')).to.have.length(0);
            expect(root(el).querySelectorAll('article time').length).to.equal(root(el).querySelectorAll('article').length);
          }
          const [t1] = boxes(narrow, 'article [part~="title"]');
          const [m1] = boxes(narrow, 'article [part~="meta"]');
          expect(m1.top).to.be.at.least(t1.bottom - 1);
          const [t2] = boxes(wide, 'article [part~="title"]');
          const [m2] = boxes(wide, 'article [part~="meta"]');
          expect(m2.left).to.be.at.least(t2.right);
          expect(m2.top).to.be.below(t2.bottom);
        });
      }

      for (const width of [900, 240]) {
        it(`keeps a width as an item of a ${width}px flex row, and no more than the row`, async () => {
          const el = await mount(c, { state: 'ready', lang: 'pl', width });
          el.parentElement!.style.display = 'flex';
          await settle(el);
          expect(el.getBoundingClientRect().width).to.be.within(Math.min(width, 256), width);
          expectFits(el, width);
        });
      }

      // A full article has one layout; the check is for teasers.
      if (c.teasers !== false)
        it('keeps one layout per column whatever the window: two widths side by side differ', async () => {
          const narrow = await mount(c, { state: 'ready', lang: 'pl', width: 280 });
          const wide = await mount(c, { state: 'ready', lang: 'pl', width: 1200 });
          const shape = (el: Element) => getComputedStyle(root(el).querySelector('article')!).display;
          expect(shape(narrow)).to.not.equal(shape(wide));
        });
    });
  });
}
