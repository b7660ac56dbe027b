import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article-card.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { configOk, configProblem, REFRESH_MAX, TIMEOUT_MAX } from '../../src/elements/shared/config.js';
import { FeedError } from '../../src/feeds/errors.js';
import { feedStore } from '../../src/store/feed-store.js';
import { every } from '../../src/store/refresh.js';
import { expectNothingThrown, fixture, freshStore, hits, shadow, unique, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const CONFIG_PL = 'Ten moduł wiadomości jest źle ustawiony i nie może pokazać wiadomości.';
/** Long enough for a flood to show (an overflowing timer fires every few ms), short for a test. */
const WINDOW_MS = 600;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A list in a Polish box, its attributes set before it connects, as a CMS page would. */
function list(attributes: Record<string, string>, tag = 'civic-article-list'): CivicFeedElement {
  const box = document.createElement('div');
  box.lang = 'pl';
  box.className = 'config-test';
  const el = document.createElement(tag) as CivicFeedElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  return el;
}

describe('a misconfigured element', () => {
  beforeEach(freshStore);
  afterEach(() => document.querySelectorAll('.config-test').forEach((box) => box.remove()));
  expectNothingThrown();

  // First in the file: the warnings are once per cause per page.
  it('warns the webmaster once per cause, naming the attribute, the fix and the README section', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const els = [
        list({ src: fixture('feed.json'), refresh: '2592000' }),
        list({ src: fixture('feed.json'), refresh: '1e308' }),
        list({ src: fixture('feed.json'), timeout: 'Infinity' }, 'civic-article-card'),
      ];
      await Promise.all(els.map((el) => until(el, 'error')));
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0])
      .to.contain('<civic-article-list> refresh="2592000"')
      .and.contain(`0 (never) or 5 to ${REFRESH_MAX} seconds`)
      .and.contain('README: Attributes');
    expect(warnings[1]).to.contain('<civic-article-card> timeout="Infinity"').and.contain(`at most ${TIMEOUT_MAX} seconds`);
  });

  const bad: [string, Record<string, string>][] = [
    ['refresh of 30 days (past the longest timer)', { refresh: '2592000' }],
    ['refresh of 1e308', { refresh: '1e308' }],
    ['refresh of Infinity', { refresh: 'Infinity' }],
    ['negative refresh', { refresh: '-60' }],
    ['refresh that is no number', { refresh: 'hourly' }],
    ['timeout of 2147484 s', { timeout: '2147484' }],
    ['timeout of Infinity', { timeout: 'Infinity' }],
    ['negative timeout', { timeout: '-1' }],
    ['timeout of 0', { timeout: '0' }],
    ['proxy without {url}', { proxy: 'https://proxy.example.org/feed' }],
    ['format nobody reads', { format: 'xml' }],
  ];
  for (const [name, attributes] of bad) {
    describe(`with a ${name}`, () => {
      it('asks the server nothing, shows a readable message without Retry, and fires civic-error with code config', async () => {
        const key = unique('config');
        const el = list({ src: fixture('feed.json', { key }), ...attributes });
        const event = await oneEvent(el, 'civic-error');
        expect(event.detail.code).to.equal('config');
        expect(event.detail.message).to.equal(CONFIG_PL);
        expect(el.getAttribute('state')).to.equal('error');
        expect(status(el)).to.equal(CONFIG_PL);
        expect(shadow(el).querySelector('[part="retry"]')).to.be.null;
        await wait(WINDOW_MS);
        expect(await hits(key)).to.equal(0);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('with no src and no articles', () => {
    it('fires civic-error with code config once it has rendered, and loads when src comes', async () => {
      const el = list({});
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.code).to.equal('config');
      expect(status(el)).to.equal(CONFIG_PL);
      el.src = fixture('feed.json');
      await until(el, 'ready');
      expect(shadow(el).querySelectorAll('[part="title"]')).to.have.length(5);
    });

    it('is no error when the page sets the articles property just after connecting', async () => {
      const el = list({});
      const errors: string[] = [];
      el.addEventListener('civic-error', (e) => errors.push(e.detail.code));
      el.articles = [{ id: 'a', url: 'https://e.example/a', title: 'Ręcznie', lead: '', authors: [], tags: [] }];
      await until(el, 'ready');
      await wait(200);
      expect(errors).to.deep.equal([]);
    });
  });

  it('loads once the attribute is fixed', async () => {
    const el = list({ src: fixture('feed.json'), refresh: '2592000' });
    await until(el, 'error');
    el.refresh = 3600;
    await until(el, 'ready');
    expect(el.getAttribute('state')).to.equal('ready');
  });
});

describe('refresh within its range', () => {
  beforeEach(freshStore);
  afterEach(() => document.querySelectorAll('.config-test').forEach((box) => box.remove()));

  for (const refresh of ['86400', '1', '0.001']) {
    it(`refresh="${refresh}" makes one request in ${WINDOW_MS} ms (at least 5 s between refreshes)`, async () => {
      const key = unique('refresh');
      const el = list({ src: fixture('feed.json', { key }), refresh });
      await until(el, 'ready');
      await wait(WINDOW_MS);
      expect(await hits(key)).to.equal(1);
    });
  }

  it('timeout="300" (the longest) still loads', async () => {
    const el = list({ src: fixture('feed.json'), timeout: String(TIMEOUT_MAX) });
    await until(el, 'ready');
  });
});

describe('the shared refresh timer', () => {
  for (const seconds of [2592000, 1e308, Infinity, Number.NaN]) {
    it(`never fires at once for ${seconds} s, whoever calls it`, async () => {
      let calls = 0;
      const stop = every(seconds, () => calls++);
      await wait(300);
      stop();
      expect(calls).to.equal(0);
    });
  }
});

describe('the feed store with a bad proxy', () => {
  for (const proxy of ['https://proxy.example.org/feed', 'http://[bad/?url={url}']) {
    it(`rejects proxy "${proxy}" with a config FeedError and asks no one`, async () => {
      const key = unique('proxy');
      const failed = await feedStore.load({ url: new URL(fixture('feed.json', { key }), location.href).href, format: 'auto', proxy, timeout: 5000 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed).to.be.instanceOf(FeedError);
      expect((failed as FeedError).code).to.equal('config');
      expect(await hits(key)).to.equal(0);
    });
  }
});

describe("the script tag loader's configuration check (configOk)", () => {
  it('agrees with configProblem on every attribute, so the loader asks only for feeds the element loads', () => {
    const good = { src: 'https://example.org/feed.json', format: 'auto', proxy: '', refresh: 0, timeout: 15, cache: 'auto' };
    const cases: Partial<typeof good>[] = [
      {},
      { src: '' },
      { src: '   ' },
      { src: 'a.json b.xml' },
      { format: '' },
      { format: 'rss' },
      { format: 'RSS' },
      { format: 'html' },
      { proxy: 'https://proxy.example/?u={url}' },
      { proxy: 'https://proxy.example/' },
      { refresh: 3 },
      { refresh: -1 },
      { refresh: REFRESH_MAX + 1 },
      { refresh: NaN },
      { timeout: 0 },
      { timeout: TIMEOUT_MAX },
      { timeout: TIMEOUT_MAX + 1 },
      { timeout: NaN },
      { cache: 'none' },
      { cache: '600' },
      { cache: 'forever' },
      { cache: '' },
    ];
    for (const change of cases) {
      const config = { ...good, ...change };
      expect(configOk(config), JSON.stringify(change)).to.equal(configProblem(config, true) === undefined);
    }
  });
});
