import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { feedStore } from '../../src/store/feed-store.js';
import { expectNothingThrown, freshStore, shadow, unique, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/**
 * Feeds on another origin, as on a city's site: the page is served by the test runner on
 * 127.0.0.1:<port>, the feeds by a "publisher" on 127.0.0.1:<another port>, which may redirect
 * to a "mirror" on localhost:<a third port> (test/server/cross-origin.mjs). Both record every
 * request, so a CORS preflight (OPTIONS) or a cookie sent along cannot go unnoticed.
 */

interface Logged {
  server: 'publisher' | 'mirror';
  method: string;
  path: string;
  origin: string | null;
  cookie: string | null;
  accept: string | null;
  mode: string | null;
}

let origins: { publisher: string; mirror: string };
const log = async (key: string): Promise<Logged[]> => (await fetch(`/__test/cross-log/${encodeURIComponent(key)}`)).json();
const withKey = (url: string, key: string) => `${url}?key=${encodeURIComponent(key)}`;

function list(src: string, lang = 'en'): CivicArticleList {
  const el = document.createElement('civic-article-list');
  el.setAttribute('lang', lang);
  el.setAttribute('src', src);
  document.body.append(el);
  return el;
}

/** Collects the library's console warnings (Lit's own dev-mode notes are not ours). */
function spyWarnings(): { ours: () => string[]; restore: () => void } {
  const original = console.warn;
  const seen: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args);
  };
  return {
    ours: () => seen.map((args) => args.map(String).join(' ')).filter((text) => text.startsWith('civic-news-widgets:')),
    restore: () => {
      console.warn = original;
    },
  };
}

const MENTIONS_CONNECTION = /internet|connection|offline|połącz/i;

describe('feeds on another origin', function () {
  this.timeout(20_000);
  expectNothingThrown();

  before(async () => {
    origins = await (await fetch('/__test/origins')).json();
    expect(new URL(origins.publisher).origin).not.to.equal(location.origin);
    expect(new URL(origins.mirror).host).not.to.equal(new URL(origins.publisher).host);
    // A cookie the publisher's host would get if the widget sent credentials.
    document.cookie = 'civic-session=secret; path=/';
  });
  beforeEach(freshStore);
  afterEach(() => {
    for (const el of document.querySelectorAll('civic-article-list')) el.remove();
  });
  after(async () => {
    document.cookie = 'civic-session=; path=/; max-age=0';
    const all = await log('*');
    expect(all.length, 'the other origins were asked at all').to.be.greaterThan(0);
    expect(
      all.filter((entry) => entry.method === 'OPTIONS'),
      'no preflight, ever',
    ).to.deep.equal([]);
  });

  describe('when the server allows it', () => {
    const allowing: [string, string, string, number][] = [
      ['Access-Control-Allow-Origin: * only', 'publisher', '/cors/star/fixtures/feed.json', 1],
      ['the origin reflected as the WordPress REST API does (Vary: Origin, Allow-Credentials)', 'publisher', '/cors/wordpress/demo/wordpress-posts.json', 1],
      ['a redirect to a third origin, CORS on both hops', 'publisher', '/redirect/star/star/fixtures/feeds/powiat.atom', 2],
      ['a redirect to a third origin, WordPress-style CORS on both hops', 'publisher', '/redirect/wordpress/wordpress/demo/komunikaty.rss', 2],
    ];
    for (const [name, server, path, requests] of allowing) {
      it(`shows the feed with no preflight and no cookie: ${name}`, async () => {
        const key = unique('allow');
        const src = withKey(`${origins[server as 'publisher']}${path}`, key);
        const el = list(src);
        const loaded = await oneEvent(el, 'civic-load');
        expect(loaded.detail.articles.length).to.be.greaterThan(0);
        await until(el, 'ready');
        expect(shadow(el).querySelectorAll('[part="item"]').length).to.be.greaterThan(0);
        const seen = await log(key);
        expect(seen.map((entry) => `${entry.server} ${entry.method}`)).to.deep.equal(requests === 1 ? ['publisher GET'] : ['publisher GET', 'mirror GET']);
        // A CORS request wherever the engine says (WebKit sends no Sec-Fetch-Mode after a redirect).
        expect(seen[0].mode).to.equal('cors');
        for (const entry of seen) expect(entry.mode ?? 'cors').to.equal('cors');
        expect(seen.map((entry) => entry.cookie)).to.deep.equal(seen.map(() => null));
        // A safelisted Accept: at most 128 bytes (https://fetch.spec.whatwg.org/#cors-safelisted-request-header).
        for (const entry of seen) expect(entry.accept!.length).to.be.at.most(128);
        expect(seen[0].origin).to.equal(location.origin);
      });
    }

    it('a reload that must bypass the HTTP cache (refresh, Retry) sends no preflight either', async () => {
      const key = unique('force');
      const url = withKey(`${origins.publisher}/cors/star/fixtures/feed.json`, key);
      const feed = await feedStore.load({ url, format: 'auto', timeout: 5000, force: true });
      expect(feed.articles.length).to.be.greaterThan(0);
      expect((await log(key)).map((entry) => entry.method)).to.deep.equal(['GET']);
    });
  });

  describe('when the server answers but does not allow this page to read it', () => {
    const refusing: [string, string][] = [
      ['no CORS header at all', '/cors/none/fixtures/feed.json'],
      ['CORS on the first hop only, none after a redirect to a third origin', '/redirect/star/none/fixtures/feed.json'],
    ];
    for (const [name, path] of refusing) {
      for (const lang of ['en', 'pl']) {
        it(`ends in state="error" with code cors and one console hint (${lang}): ${name}`, async () => {
          const key = unique('refuse');
          const src = withKey(`${origins.publisher}${path}`, key);
          const warnings = spyWarnings();
          try {
            const first = list(src, lang);
            const second = list(src, lang);
            const [event] = await Promise.all([oneEvent(first, 'civic-error'), oneEvent(second, 'civic-error')]);
            await until(first, 'error');
            await until(second, 'error');
            expect(event.detail.code).to.equal('cors');
            expect(event.detail.src).to.equal(src);
            const box = shadow(first).querySelector('[part="error"]')!;
            expect(box.textContent).to.contain(event.detail.message);
            expect(event.detail.message).not.to.match(MENTIONS_CONNECTION);
            expect(box.textContent).not.to.match(MENTIONS_CONNECTION);
            await expect(first).to.be.accessible();

            // A Retry fails the same way and warns no more: one hint per feed and page.
            const retried = oneEvent(first, 'civic-error');
            (shadow(first).querySelector('[part="retry"]') as HTMLButtonElement).click();
            expect((await retried).detail.code).to.equal('cors');

            const hints = warnings.ours();
            expect(hints).to.have.length(1);
            expect(hints[0]).to.contain(src);
            expect(hints[0]).to.contain('Access-Control-Allow-Origin');
            expect(hints[0]).to.contain('proxy');
            expect(hints[0]).to.match(/https:\/\/\S+#feeds-on-another-domain-cors/);
          } finally {
            warnings.restore();
          }
          const seen = await log(key);
          expect(seen.filter((entry) => entry.method !== 'GET')).to.deep.equal([]);
          // The widget's CORS request, then the no-cors probe that found the server answering.
          expect(seen.filter((entry) => entry.server === 'publisher').map((entry) => entry.mode)).to.deep.equal(['cors', 'no-cors', 'cors', 'no-cors']);
        });
      }
    }
  });

  describe('through a proxy that sends no CORS header', () => {
    it('ends in code cors and the hint is about the proxy, not the publisher', async () => {
      const key = unique('proxy');
      const warnings = spyWarnings();
      try {
        const el = list('https://news.example.org/feed.json');
        el.setAttribute('proxy', `${origins.publisher}/cors/none/fixtures/feed.json?key=${key}&url={url}`);
        const event = await oneEvent(el, 'civic-error');
        expect(event.detail.code).to.equal('cors');
        const hints = warnings.ours();
        expect(hints).to.have.length(1);
        expect(hints[0]).to.contain(`the proxy ${origins.publisher}`);
        expect(hints[0]).to.contain('https://news.example.org/feed.json');
      } finally {
        warnings.restore();
      }
      expect((await log(key)).map((entry) => entry.mode)).to.deep.equal(['cors', 'no-cors']);
    });
  });

  describe('when nothing answers', () => {
    it('ends in code network, with no hint and no word about the connection while the browser is online', async () => {
      expect(navigator.onLine).to.be.true;
      const warnings = spyWarnings();
      try {
        const el = list('http://127.0.0.1:9/feed.json');
        const event = await oneEvent(el, 'civic-error');
        await until(el, 'error');
        expect(event.detail.code).to.equal('network');
        expect(event.detail.message).not.to.match(MENTIONS_CONNECTION);
        expect(shadow(el).querySelector('[part="error"]')!.textContent).not.to.match(MENTIONS_CONNECTION);
        expect(warnings.ours()).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('mentions the connection only when navigator.onLine says the browser is offline, and sends no probe', async () => {
      const key = unique('offline');
      Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
      try {
        // A server that would answer a probe: an offline browser must not be told "cors".
        const el = list(withKey(`${origins.publisher}/cors/none/fixtures/feed.json`, key));
        const event = await oneEvent(el, 'civic-error');
        expect(event.detail.code).to.equal('network');
        expect(event.detail.message).to.match(/internet connection/);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.be.true;
      expect((await log(key)).map((entry) => entry.mode)).to.deep.equal(['cors']);
    });
  });
});
