import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { en } from '../../src/i18n/en.js';
import { feedStore } from '../../src/store/feed-store.js';
import { freshStore, hits, shadow, unique, until } from '../helpers.js';
import { fault, list, times, titles, unmountAll } from '../store/harness.js';
import { blocking } from '../security/main-thread.js';
import { describeMainThread, itMainThread } from '../main-thread.js';

// Issue 12: a server that misbehaves on purpose (test/server/faults.mjs), over real HTTP.

const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();

const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
/**
 * The longest tolerated gap of the ticker. WebKitGTK (driven by WebDriver under Xvfb, on a
 * machine shared with other test runs) shows gaps of 230-300 ms for the gzip bomb, outside our
 * code (the parse never starts, test below); Chromium and Firefox stay under 200 ms.
 */
const FREEZE_MS = webkit ? 600 : 200;

/** The longest gap between the ticks of a 50 ms ticker while `run` runs: how long the page froze. */
async function longestGap<T>(run: () => Promise<T>): Promise<{ result: T; gap: number }> {
  let last = performance.now();
  let gap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 50);
  try {
    const result = await run();
    gap = Math.max(gap, performance.now() - last);
    return { result, gap };
  } finally {
    clearInterval(ticker);
  }
}

describe('loading when the network is not steady (issue 12)', () => {
  beforeEach(freshStore);
  afterEach(unmountAll);

  describe('retries', () => {
    it('a 500 and then a good answer: the retry succeeds, the reader sees no error', async () => {
      const key = unique('500');
      const el = list(fault('flaky', { fails: 1, status: 500, key }));
      let errors = 0;
      el.addEventListener('civic-error', () => errors++);
      await until(el, 'ready');
      expect(titles(el)).to.equal(5);
      expect(errors).to.equal(0);
      expect(await hits(key)).to.equal(2);
    });

    it('a 503 with Retry-After: 1 waits that second before the next try', async () => {
      const key = unique('503');
      const el = list(fault('flaky', { fails: 1, status: 503, retryAfter: 1, key }));
      await until(el, 'ready');
      const [first, second] = await times(key);
      expect(second - first).to.be.at.least(950);
    });

    it('three tries at most, then the error names the status', async () => {
      const key = unique('504');
      const el = list(fault('flaky', { fails: 10, status: 504, key }));
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.code).to.equal('http');
      expect(event.detail.message).to.equal(en.httpStatus(504));
      expect(event.detail.kept).to.equal(undefined);
      expect(el.getAttribute('state')).to.equal('error');
      expect(await hits(key)).to.equal(3);
    });

    it('a 404 is not retried', async () => {
      const key = unique('404');
      const el = list(fault('flaky', { fails: 10, status: 404, key }));
      await oneEvent(el, 'civic-error');
      expect(await hits(key)).to.equal(1);
    });
  });

  describe('errors that name what happened', () => {
    it('a connection reset mid-body: code network, "cut while loading", retried', async () => {
      const key = unique('reset');
      const el = list(fault('reset', { key }));
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.code).to.equal('network');
      expect(event.detail.message).to.equal(en.reset);
      expect(await hits(key)).to.equal(3);
    });

    it('a redirect loop: code network, "too many redirects", not the reader\'s connection', async () => {
      const el = list(fault('loop', { key: unique('loop') }));
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.code).to.equal('network');
      expect(event.detail.message).to.equal(en.redirects);
      expect(status(el)).to.contain(en.redirects);
    });

    it("25 redirects (past the browser's 20): the same", async () => {
      const el = list(fault('chain', { n: 25, key: unique('chain') }));
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.message).to.equal(en.redirects);
    });

    it('5 redirects are fine', async () => {
      const el = list(fault('chain', { n: 5, key: unique('chain5') }));
      await until(el, 'ready');
    });
  });

  describe('caps', () => {
    itMainThread('a 100 MB body is cut off while streaming: a parse error soon, the page never frozen', async function () {
      this.timeout(30_000);
      const key = unique('huge');
      const { result: event, gap } = await longestGap(() => oneEvent(list(fault('huge', { mb: 100, key })), 'civic-error'));
      expect(event.detail.code).to.equal('parse');
      expect(event.detail.message).to.equal(en.tooLarge);
      expect(gap, 'longest gap of a 50 ms ticker').to.be.below(FREEZE_MS);
      // The reader stopped reading: the server did not get to send the whole body. (WebKit's
      // network process reads the socket ahead of the page whatever the page reads, and the
      // loopback delivers 100 MB in a moment, so there the count shows nothing.)
      if (!webkit) expect(await hits(`${key}:sent`)).to.be.below(60 * 2 ** 20);
    });

    itMainThread('a gzip bomb is cut off at the cap too, with the same error', async function () {
      this.timeout(30_000);
      const { result: event, gap } = await longestGap(() => oneEvent(list(fault('bomb', { mb: 64, key: unique('bomb') })), 'civic-error'));
      expect(event.detail.code).to.equal('parse');
      expect(event.detail.message).to.equal(en.tooLarge);
      expect(gap, 'longest gap of a 50 ms ticker').to.be.below(FREEZE_MS);
    });

    it('a smaller cap is settable through the store', async () => {
      const url = new URL(fault('slow', { delay: 0, key: unique('cap') }), location.href).href;
      const failed = await feedStore.load({ url, format: 'auto', timeout: 5000, maxBytes: 100 }).catch((error: unknown) => error);
      expect((failed as { details: { reason?: string } }).details.reason).to.equal('tooLarge');
    });
  });

  describe('failure after success', () => {
    it('a refresh that fails keeps the news and state="ready", with a note; civic-error says kept', async function () {
      this.timeout(30_000);
      const key = unique('after');
      const el = list(fault('after', { ok: 1, status: 500, key }), { refresh: '5' });
      await until(el, 'ready');
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.kept).to.equal(true);
      expect(event.detail.code).to.equal('http');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(titles(el)).to.equal(5);
      expect(status(el)).to.equal(en.notUpdated);
      expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
      expect(await hits(key)).to.equal(4);
    });
  });

  describe('offline', () => {
    // The browser's offline signal is simulated: `navigator.onLine` reads false while the feed's
    // connection drops (a real reset), then the `online` event comes. Real network emulation
    // (DevTools) would also cut the page off from the test runner that drives it.
    afterEach(() => delete (navigator as { onLine?: boolean }).onLine);

    it('offline: an error that says so, no retries; back online: it loads once by itself, without refresh or Retry', async () => {
      const key = unique('offline');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const el = list(fault('reset', { fails: 1, key }));
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.message).to.equal(en.offline);
      expect(el.getAttribute('state')).to.equal('error');
      expect(await hits(key)).to.equal(1);
      delete (navigator as { onLine?: boolean }).onLine;
      const loaded = oneEvent(el, 'civic-load');
      window.dispatchEvent(new Event('online'));
      await loaded;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(await hits(key)).to.equal(2);
      // Once: a second `online` asks nothing more.
      window.dispatchEvent(new Event('online'));
      await until(el, 'ready');
      expect(await hits(key)).to.equal(2);
    });
  });

  describe('one request per feed', () => {
    it('one feed written four ways (query order, a fragment, an empty fragment, another format name) is one request', async () => {
      const key = unique('four');
      const base = `/__test/fault/slow?delay=100`;
      const els = [
        list(`${base}&key=${key}&a=1`),
        list(`${base}&a=1&key=${key}`),
        list(`${base}&a=1&key=${key}#top`),
        list(`${location.origin}${base}&key=${key}&a=1&`, { format: 'json-feed' }),
      ];
      await Promise.all(els.map((el) => until(el, 'ready')));
      expect(await hits(key)).to.equal(1);
    });

    it('300 distinct feeds: the page keeps a bounded amount of them', async function () {
      this.timeout(60_000);
      for (let batch = 0; batch < 300; batch += 20) {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            feedStore.load({ url: new URL(`/__test/big?items=20&size=6000&n=${batch + i}`, location.href).href, format: 'auto', timeout: 10_000 }),
          ),
        );
      }
      const { feeds, bytes } = feedStore.usage;
      // Each body is about 120 KB: 36 MB in all, of which at most 16 MiB stay.
      expect(bytes).to.be.at.most(2 ** 24);
      expect(feeds).to.be.below(300);
      expect(feeds).to.be.above(50);
    });
  });
});

describeMainThread('a body just under the cap (issue 12)', () => {
  for (const format of ['rss', 'json']) {
    it(`a ${format} feed of 13-16 MB parses in one task of under 100 ms (the readers stop at the items they use)`, async () => {
      const response = await fetch(`/__test/big?${format === 'rss' ? 'format=rss&' : ''}items=6000&size=2000`);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(body.byteLength)
        .to.be.above(12 * 2 ** 20)
        .and.below(2 ** 24);
      let count = 0;
      const ms = blocking(() => (count = parseFeed({ body, contentType: response.headers.get('content-type'), url: location.href }).articles.length));
      console.log(`${format}, ${(body.byteLength / 2 ** 20).toFixed(1)} MiB: parse ${Math.round(ms)} ms`);
      expect(count).to.be.above(0);
      expect(ms).to.be.below(100);
    });
  }
});
