// Reading the page's computed style forces the browser to compute it there and then (issue 13):
// four widgets that each read it in every render made it compute the page's style over and over.
// Each element reads it once, then again only when the page may look different. A count of the
// reads, not a timing; the time is in `npm run bench -- --profile` (schemeOf).
import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article-card.js';
import '../../src/define/related-articles.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { freshStore, nextFrame, until } from '../helpers.js';

const FEED = '/__test/demo/feeds/aktualnosci.json?delay=200';
const WIDGETS = [
  `<civic-article-list src="${FEED}" limit="3"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="4" layout="compact"></civic-article-list>`,
  `<civic-article-card src="${FEED}"></civic-article-card>`,
  `<civic-related-articles src="${FEED}" for="pl-hala-sportowa-otwarta" limit="2"></civic-related-articles>`,
];

describe("the page's style, read once per widget (issue 13)", () => {
  beforeEach(freshStore);
  let page: HTMLElement;
  let reads: Map<Element, number>;
  const original = window.getComputedStyle;
  beforeEach(() => {
    reads = new Map();
    window.getComputedStyle = function (element: Element, pseudo?: string | null) {
      if (element.localName.startsWith('civic-')) reads.set(element, (reads.get(element) ?? 0) + 1);
      return original.call(window, element, pseudo);
    };
  });
  afterEach(() => {
    window.getComputedStyle = original;
    page?.remove();
    document.body.classList.remove('civic-test-contrast');
  });

  /** Four widgets on one feed, each shown with its articles. */
  async function four(): Promise<CivicFeedElement[]> {
    page = document.createElement('main');
    page.lang = 'pl';
    page.innerHTML = WIDGETS.join('');
    document.body.append(page);
    const elements = Array.from(page.children) as CivicFeedElement[];
    for (const el of elements) await until(el, 'ready');
    for (const el of elements) await el.updateComplete;
    await nextFrame();
    return elements;
  }

  it('four widgets on one feed read it once each, through the skeleton, the articles and the announcement', async () => {
    const elements = await four();
    expect(elements.map((el) => reads.get(el) ?? 0)).to.deep.equal([1, 1, 1, 1]);
  });

  it('a class on <body> (a contrast version) makes each read it again, and the token wins', async () => {
    const style = document.createElement('style');
    style.textContent = 'body.civic-test-contrast { --civic-color-scheme: contrast; }';
    document.head.append(style);
    try {
      const elements = await four();
      expect(elements.map((el) => el.shadowRoot!.querySelector('.root')!.classList.contains('scheme-contrast'))).to.deep.equal([false, false, false, false]);
      document.body.classList.add('civic-test-contrast');
      for (const el of elements) await until(el, 'ready');
      await new Promise((resolve) => setTimeout(resolve));
      for (const el of elements) await el.updateComplete;
      expect(elements.map((el) => el.shadowRoot!.querySelector('.root')!.classList.contains('scheme-contrast'))).to.deep.equal([true, true, true, true]);
      expect(elements.map((el) => reads.get(el) ?? 0)).to.deep.equal([2, 2, 2, 2]);
    } finally {
      style.remove();
    }
  });

  it("a reader's spacing bookmarklet added after the widgets are on screen reaches their text (WCAG 1.4.12)", async () => {
    const elements = await four();
    const style = document.createElement('style');
    style.textContent = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }';
    document.head.append(style);
    try {
      await new Promise((resolve) => setTimeout(resolve));
      for (const el of elements) await el.updateComplete;
      for (const el of elements) {
        const title = el.shadowRoot!.querySelector('[part~="title"]')!;
        const computed = getComputedStyle(title);
        expect(parseFloat(computed.letterSpacing) / parseFloat(computed.fontSize), `${el.localName} letter-spacing`).to.be.closeTo(0.12, 0.005);
      }
    } finally {
      style.remove();
    }
  });
});
