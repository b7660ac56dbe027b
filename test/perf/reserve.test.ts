// No layout shift before the elements are defined (issue 13). The script tag's loader reserves
// each widget's room (src/define/reserve.ts) before the core part arrives; these tests hold that
// room to the skeleton the element shows once defined, widget by widget, width by width, in
// two typefaces. Layout, not timing: the same in every engine, on any machine.
import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article-card.js';
import '../../src/define/related-articles.js';
import '../../src/define/article.js';
import { reserveCss, reserveRoom } from '../../src/define/reserve.js';
import { upgradePlaceholders } from '../../src/placeholders.js';
import { freshStore, nextFrame } from '../helpers.js';

// Answers long after the measurements: every element stays on its skeleton.
const FEED = '/__test/demo/feeds/aktualnosci.json?delay=20000&key=reserve';
const CASES = [
  `<civic-article-list src="${FEED}"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="1"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="3" heading="Aktualności"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="25"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="3" hide="image"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="2" hide="lead date"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="4" layout="compact"></civic-article-list>`,
  `<civic-article-list src="${FEED}" layout="grid"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="2" layout="grid" hide="lead"></civic-article-list>`,
  `<civic-article-list src="${FEED}" limit="9" layout="grid"></civic-article-list>`,
  `<civic-article-card src="${FEED}"></civic-article-card>`,
  `<civic-article-card src="${FEED}" heading="Z ratusza" hide="image"></civic-article-card>`,
  `<civic-related-articles src="${FEED}" for="x"></civic-related-articles>`,
  `<civic-related-articles src="${FEED}" for="x" limit="2" heading=""></civic-related-articles>`,
  `<civic-article src="${FEED}" article-id="x"></civic-article>`,
  `<civic-article src="${FEED}" article-id="x" hide="image lead"></civic-article>`,
  `<div data-civic-widget="article-list" data-src="${FEED}" data-limit="4" data-layout="grid"></div>`,
  `<div data-civic-widget="related-articles" data-src="${FEED}" data-for="x"></div>`,
];
const WIDTHS = [300, 360, 480, 600, 800, 1000, 1300];
const TYPE = ['16px/1.5 sans-serif', '20px/1.3 serif'];

// WebKit lays out each line box at a whole pixel (a 24.3 px line is 24 px), which CSS arithmetic
// does not do; there the room may be up to 1.5 px taller than the skeleton for each bar of text
// in it (a title's two lines, a date line, a lead's three).
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

const label = (markup: string) => markup.replace(/ (data-)?src="[^"]*"/, '').replace(/><\/[a-z-]+>$/, '>');

describe('the room the script tag keeps before the elements are defined (issue 13)', function () {
  this.timeout(60_000);
  let other: HTMLIFrameElement;
  let unreserve: () => void;
  before(async () => {
    freshStore();
    // A document where nothing is defined, with the loader's rules: as a page is before the core arrives.
    other = document.createElement('iframe');
    other.style.cssText = `position: absolute; left: 0; top: 0; width: 1400px; height: ${innerHeight}px; border: 0; visibility: hidden`;
    const ready = new Promise((resolve) => other.addEventListener('load', resolve, { once: true }));
    other.srcdoc = '<!doctype html><html lang="pl"><body style="margin: 0"></body></html>';
    document.body.append(other);
    await ready;
    unreserve = reserveRoom(other.contentDocument!);
  });
  after(() => other.remove());

  /** The block size of `markup` in `doc`'s body, `width` px wide, in `font`; and how many bars of text its skeleton has. */
  async function height(doc: Document, markup: string, width: number, font: string): Promise<{ size: number; bars: number }> {
    const page = doc.createElement('main');
    page.style.cssText = `width: ${width}px; font: ${font}`;
    page.innerHTML = markup;
    doc.body.append(page);
    const widget = page.firstElementChild as HTMLElement;
    let bars = 0;
    if (doc === document) {
      upgradePlaceholders(page);
      const el = widget.matches('[data-civic-widget]') ? widget.firstElementChild! : widget;
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.getAttribute('state'), label(markup)).to.equal('loading');
      bars = el.shadowRoot!.querySelectorAll('.skeleton-item:is(.ph-title, .ph-meta, .ph-lead)').length;
    }
    await nextFrame();
    const size = widget.getBoundingClientRect().height;
    page.remove();
    return { size, bars };
  }

  it('is as tall as the skeleton, within a pixel (WebKit: 1.5 px a bar of text)', async () => {
    const wrong: string[] = [];
    for (const font of TYPE)
      for (const width of WIDTHS)
        for (const markup of CASES) {
          const { size: skeleton, bars } = await height(document, markup, width, font);
          const { size: reserved } = await height(other.contentDocument!, markup, width, font);
          if (Math.abs(skeleton - reserved) > 1 + (isWebKit ? 1.5 * bars : 0))
            wrong.push(`${label(markup)} at ${width}px, ${font}: skeleton ${skeleton.toFixed(1)}, reserved ${reserved.toFixed(1)}`);
        }
    expect(wrong).to.deep.equal([]);
  });

  it("gives way to the page's own rules, to hidden widgets and to the page's own fallback content", async () => {
    const doc = other.contentDocument!;
    const style = doc.createElement('style');
    // A page rule of the lowest specificity still wins: the room is kept in a cascade layer.
    style.textContent = '.off { display: none }';
    doc.head.append(style);
    try {
      const sizes = [
        `<civic-article-list src="${FEED}" class="off"></civic-article-list>`,
        `<civic-article-list src="${FEED}" hidden></civic-article-list>`,
        `<div data-civic-widget="article-list" data-src="${FEED}" class="off"></div>`,
        `<civic-article-list src="${FEED}"><p><a href="/aktualnosci">Aktualności miasta</a></p></civic-article-list>`,
      ];
      const measured = [];
      for (const markup of sizes) measured.push((await height(doc, markup, 360, TYPE[0])).size);
      expect(measured.slice(0, 3)).to.deep.equal([0, 0, 0]);
      // The fallback link's paragraph alone: as tall as without the rules.
      const fallback = sizes[3];
      unreserve();
      const plain = (await height(doc, fallback, 360, TYPE[0])).size;
      unreserve = reserveRoom(doc);
      expect(measured[3]).to.equal(plain);
      expect(plain).to.be.below(100);
      expect((await height(doc, `<civic-article-list src="${FEED}"></civic-article-list>`, 360, TYPE[0])).size).to.be.above(1000);
    } finally {
      style.remove();
    }
  });

  it('is taken away again when the core cannot load, and is a cascade layer of its own', async () => {
    expect(reserveCss()).to.match(/^@layer civic-reserve\{/);
    const doc = other.contentDocument!;
    const before = doc.adoptedStyleSheets.length;
    const undo = reserveRoom(doc);
    expect(doc.adoptedStyleSheets).to.have.length(before + 1);
    undo();
    expect(doc.adoptedStyleSheets).to.have.length(before);
  });
});
