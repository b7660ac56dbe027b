// A long list is drawn in slices, one task each, so that 200 articles on a slow phone make no
// long task (issue 13; the time itself is measured by `npm run bench -- --cpu 4 --items 200`).
// What is checked here is the behaviour: the first frame has the first ten, the rest follow,
// and civic-load comes once all are drawn.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { freshStore, nextFrame, shadow } from '../helpers.js';
import { describeMainThread } from '../main-thread.js';

describeMainThread('a list of 200 articles', () => {
  beforeEach(freshStore);

  it('draws ten at once, then the rest in slices, and fires civic-load when all are drawn', async () => {
    const el = document.createElement('civic-article-list') as CivicArticleList;
    el.lang = 'pl';
    el.limit = 200;
    el.src = '/__test/big?items=200&size=200&format=rss';
    const counts: number[] = [];
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    await el.updateComplete;
    new MutationObserver(() => {
      const n = shadow(el).querySelectorAll('[part="item"]').length;
      if (n && n !== counts.at(-1)) counts.push(n);
    }).observe(shadow(el), { childList: true, subtree: true });
    const event = await loaded;
    expect(event.detail.articles).to.have.length(200);
    expect(shadow(el).querySelectorAll('[part="item"]')).to.have.length(200);
    expect(counts[0], `item counts seen: ${counts.join(', ')}`).to.equal(10);
    expect(counts.length).to.be.greaterThan(2);
    el.remove();
  });

  it('keeps a short list in one frame', async () => {
    const el = document.createElement('civic-article-list') as CivicArticleList;
    el.lang = 'pl';
    el.limit = 8;
    el.src = '/__test/big?items=20&size=200';
    const counts: number[] = [];
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    await el.updateComplete;
    new MutationObserver(() => counts.push(shadow(el).querySelectorAll('[part="item"]').length)).observe(shadow(el), { childList: true, subtree: true });
    await loaded;
    expect(counts.filter(Boolean)[0], 'the first drawing has all eight').to.equal(8);
    el.remove();
  });

  // Each slice used to lay out the whole list again: 25–37 ms of layout a slice at 4× CPU, a
  // long task each (`npm run bench -- --long-tasks --cpu 4 --items 200`). Teasers past the tenth
  // are `content-visibility: auto`: the browser lays them out when they near the view.
  it('lays out teasers far below the view only when they come near it, and a keyboard reaches them', async function () {
    if (!CSS.supports('content-visibility', 'auto')) this.skip();
    const el = document.createElement('civic-article-list') as CivicArticleList;
    el.lang = 'pl';
    el.limit = 200;
    el.src = '/__test/big?items=200&size=200';
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    await loaded;
    await nextFrame();
    const items = shadow(el).querySelectorAll<HTMLElement>('[part="item"]');
    const laidOut = (item: Element) => item.firstElementChild!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
    expect(laidOut(items[0]), 'the first teaser').to.equal(true);
    expect(laidOut(items[150]), 'the 151st, far below the view').to.equal(false);
    // Still in the page for find-in-page, a screen reader and the keyboard.
    const link = items[150].querySelector('a')!;
    expect(link.textContent).to.match(/\S/);
    link.focus();
    expect(shadow(el).activeElement).to.equal(link);
    await nextFrame();
    await nextFrame();
    expect(laidOut(items[150]), 'focused, it is laid out').to.equal(true);
    const box = items[150].getBoundingClientRect();
    expect(box.bottom > 0 && box.top < innerHeight, 'and in view').to.equal(true);
    el.remove();
  });
});
