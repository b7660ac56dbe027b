// What axe cannot see: the heading outline, one link per article with the title as its name,
// the tab order and a visible focus ring at each stop.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { hasDevtools, needsDevtools } from '../devtools.js';
import { freshStore } from '../helpers.js';
import { ELEMENTS, LANGS, SCHEMES } from './elements.js';
import { backgroundOf, contrast, deepActive, mount, rgba, root, unmountAll } from './harness.js';

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  children?: AXNode[];
}

function walk(node: AXNode | undefined, visit: (n: AXNode) => void): void {
  if (!node) return;
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * The accessibility tree Chromium gives screen readers (the page holds only the test column).
 * Only Chromium exposes it to the test runner (test/devtools.ts): the checks on it skip elsewhere.
 */
async function axTree(): Promise<AXNode> {
  return executeServerCommand<AXNode, undefined>('civic-ax-tree');
}

const titlesOf = (el: Element) => Array.from(root(el).querySelectorAll('article [part~="title"]')).map((h) => h.textContent!.trim());

for (const c of ELEMENTS) {
  describe(`<${c.tag}>`, () => {
    beforeEach(freshStore);
    afterEach(() => unmountAll());

    // Teaser structure only: a full article's outline is tested in test/elements/article.test.ts.
    if (c.teasers !== false)
      describe('when ready', () => {
        for (const level of [1, 2, 3, 4, 6]) {
          it(`puts titles at heading-level ${level} and the block heading one above`, async function () {
            await needsDevtools.call(this);
            const el = await mount(c, { state: 'ready', lang: 'pl', attrs: { 'heading-level': String(level), heading: 'Wiadomości' } });
            const headings: AXNode[] = [];
            walk(await axTree(), (n) => n.role === 'heading' && headings.push(n));
            const block = headings.find((h) => h.name === 'Wiadomości')!;
            const titles = headings.filter((h) => h !== block);
            expect(block.level).to.equal(Math.max(1, level - 1));
            expect(titles.length).to.equal(titlesOf(el).length);
            expect(titles.length).to.be.greaterThan(0);
            expect(titles.every((h) => h.level === level)).to.be.true;
            expect(titles.map((h) => h.name)).to.deep.equal(titlesOf(el));
          });
        }

        it('falls back to level 3 for a heading-level out of range', async () => {
          const el = await mount(c, { state: 'ready', lang: 'pl', attrs: { 'heading-level': '9' } });
          expect(root(el).querySelectorAll('article h3[part~="title"]').length).to.equal(titlesOf(el).length);
        });

        for (const layout of c.layouts) {
          for (const lang of LANGS) {
            it(`has one link per article, named by its title, and nothing else to press (${layout}, ${lang})`, async () => {
              const el = await mount(c, { state: 'ready', lang, layout });
              // The accessible names come from Chromium's tree; the rest of the test runs everywhere.
              if (await hasDevtools()) {
                const links: AXNode[] = [];
                walk(await axTree(), (n) => n.role === 'link' && links.push(n));
                expect(links.map((l) => l.name)).to.deep.equal(titlesOf(el));
              }
              const articles = Array.from(root(el).querySelectorAll('article'));
              // A link is told apart by more than its color (WCAG 1.4.1).
              expect(getComputedStyle(articles[0].querySelector('a')!).textDecorationLine).to.equal('underline');
              for (const article of articles) {
                expect(article.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')).to.have.length(1);
              }
              // The whole teaser is the link's target for a pointer: its top corner opens it. (The
              // lead lies above the link, so a reader can select it: issue 14.)
              const box = articles[0].getBoundingClientRect();
              const hit = root(el)
                .elementFromPoint(box.right - 4, box.top + 4)
                ?.closest('a');
              expect(hit === articles[0].querySelector('a'), `hit ${hit?.localName}`).to.be.true;
            });
          }
        }

        it('names a new-tab link by its title and says it opens a new tab, in the UI language', async function () {
          await needsDevtools.call(this);
          const el = await mount(c, { state: 'ready', lang: 'en', attrs: { target: '_blank' } });
          const links: AXNode[] = [];
          walk(await axTree(), (n) => n.role === 'link' && links.push(n));
          expect(links.map((l) => l.name)).to.deep.equal(titlesOf(el).map((t) => `${t.replace(' (opens in a new tab)', '')} (opens in a new tab)`));
        });

        for (const scheme of SCHEMES) {
          for (const layout of c.layouts) {
            it(`reaches each article with Tab in order, with a focus ring of at least 3:1 (${layout}, ${scheme})`, async () => {
              const before = document.createElement('button');
              before.textContent = 'before';
              document.body.prepend(before);
              // Something to Tab to after the widget: leaving the page's last stop would move the
              // focus to the browser itself, and Firefox then stops matching :focus-visible in the
              // page for the tests that follow.
              const after = document.createElement('button');
              after.textContent = 'after';
              try {
                const el = await mount(c, { state: 'ready', lang: 'pl', layout, scheme });
                el.parentElement!.after(after);
                const links = Array.from(root(el).querySelectorAll<HTMLAnchorElement>('article a[href]'));
                before.focus();
                for (const link of links) {
                  await sendKeys({ press: 'Tab' });
                  expect(deepActive()).to.equal(link);
                  expect(link.matches(':focus-visible')).to.be.true;
                  const article = link.closest('article')!;
                  const ring = getComputedStyle(article);
                  expect(ring.outlineStyle).to.equal('solid');
                  expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
                  // The ring is drawn against the surface ring inside it and the widget's surface.
                  const ratio = contrast(rgba(ring.outlineColor), backgroundOf(article));
                  expect(ratio, `focus ring ${ring.outlineColor} on ${backgroundOf(article)}`).to.be.at.least(3);
                  expect(ring.boxShadow).to.contain('0px 0px 0px 2px');
                }
                await sendKeys({ press: 'Tab' });
                expect(deepActive()).to.equal(after);
              } finally {
                before.remove();
                after.remove();
              }
            });
          }
        }
      });

    describe('when the feed fails', () => {
      it('puts the Retry button in the tab order with a visible focus ring', async () => {
        const el = await mount(c, { state: 'error', lang: 'pl' });
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const retry = root(el).querySelector('[part~="retry"]')!;
        expect(deepActive()).to.equal(retry);
        const style = getComputedStyle(retry);
        expect(style.outlineStyle).to.equal('solid');
        expect(contrast(rgba(style.outlineColor), backgroundOf(retry))).to.be.at.least(3);
        expect(retry.textContent).to.equal('Spróbuj ponownie');
        before.remove();
      });
    });
  });
}
