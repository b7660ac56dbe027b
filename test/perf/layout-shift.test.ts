// No layout shift (issue 13): on a phone-wide host page with text below the widget, the element
// reserves its size before the feed arrives, so the text below does not jump when the articles,
// their pictures or an error come. Measured with the Layout Instability API, which only Chromium
// has; a check of the score (at most 0.01), not a timing.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article-card.js';
import '../../src/define/related-articles.js';
import '../../src/define/article.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { freshStore, nextFrame } from '../helpers.js';
import { describeMainThread } from '../main-thread.js';

const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift');
// The feed answers after the skeleton has been on screen for a few frames, as on a slow phone.
const FEED = '/__test/demo/feeds/aktualnosci.json?delay=300';
const BELOW = Array.from({ length: 8 }, (_, i) => `<p>Akapit ${i + 1} strony miasta pod widżetem: zażółć gęślą jaźń, ratusz, rynek i park miejski.</p>`).join(
  '',
);

/** Builds a host page, waits until the element shows its result and its pictures, and gives the page's CLS. */
async function cls(markup: string, outcome: 'civic-load' | 'civic-error' = 'civic-load', width = 360): Promise<number> {
  let score = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) score += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  const page = document.createElement('main');
  page.style.cssText = `width: ${width}px; font: 16px/1.5 sans-serif`;
  page.innerHTML = `<h1>Aktualności</h1><p>Wstęp strony nad widżetem.</p>${markup}${BELOW}`;
  const el = page.querySelector<CivicFeedElement>('civic-article-list, civic-article-card, civic-related-articles, civic-article')!;
  const done = oneEvent(el, outcome);
  document.body.append(page);
  await done;
  await el.updateComplete;
  const images = Array.from(el.shadowRoot!.querySelectorAll('img'));
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await nextFrame();
  await nextFrame();
  // Entries are queued for the observer; takeRecords gets those not delivered yet.
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
    if (!entry.hadRecentInput) score += entry.value;
  observer.disconnect();
  page.remove();
  return score;
}

describeMainThread('layout shift, on a host page with text below (Layout Instability API)', function () {
  before(function () {
    if (!supported) this.skip();
  });
  beforeEach(freshStore);

  const cases: [string, string][] = [
    ['a list', `<civic-article-list src="${FEED}" limit="3"></civic-article-list>`],
    ['a list with a heading', `<civic-article-list src="${FEED}" limit="2" heading="Aktualności"></civic-article-list>`],
    ['a compact list', `<civic-article-list src="${FEED}" limit="4" layout="compact"></civic-article-list>`],
    ['a grid', `<civic-article-list src="${FEED}" limit="2" layout="grid"></civic-article-list>`],
    ['a card', `<civic-article-card src="${FEED}"></civic-article-card>`],
    ['a related block', `<civic-related-articles src="${FEED}" for="pl-hala-sportowa-otwarta"></civic-related-articles>`],
    ['a whole article', `<civic-article src="${FEED}" article-id="pl-budzet-obywatelski-2027"></civic-article>`],
    // The skeleton has a row of tags, as a typical news item does: without them a card shrinks by it.
    ['a card whose article has no tags or credit', `<civic-article-card src="/__test/fixture/no-tags.json?delay=300"></civic-article-card>`],
  ];
  for (const [name, markup] of cases) {
    it(`${name}: CLS at most 0.01`, async () => {
      const score = await cls(markup);
      console.log(`${name}: CLS ${score.toFixed(4)}`);
      expect(score, `CLS ${score.toFixed(4)}`).to.be.at.most(0.01);
    });
  }

  // In a wide column a compact title stands beside its date on one line, and so does its
  // skeleton's (CLS was 0.042 when the skeleton kept two lines of a larger font).
  it('a compact list in a wide column: CLS at most 0.01', async () => {
    const score = await cls(`<civic-article-list src="${FEED}" limit="4" layout="compact"></civic-article-list>`, 'civic-load', 800);
    expect(score, `CLS ${score.toFixed(4)}`).to.be.at.most(0.01);
  });

  it('an error keeps the reserved box: CLS at most 0.01', async () => {
    const score = await cls(
      `<civic-article-list src="/__test/demo/feeds/aktualnosci.json?delay=300&status=404" limit="3"></civic-article-list>`,
      'civic-error',
    );
    expect(score, `CLS ${score.toFixed(4)}`).to.be.at.most(0.01);
  });
});
