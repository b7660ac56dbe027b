import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { FeedError } from '../../src/feeds/errors.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { feedStore } from '../../src/store/feed-store.js';
import { expectNothingThrown, fixture, freshStore, shadow, until } from '../helpers.js';

const FEED = new TextEncoder().encode(
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: '1', url: 'https://e.example/1', title: 'Jeden' }] }),
);

/** Replaces a method for the duration of `run`. */
async function stubbed<T extends object, K extends keyof T>(target: T, key: K, replacement: T[K], run: () => Promise<void> | void): Promise<void> {
  const original = target[key];
  target[key] = replacement;
  try {
    await run();
  } finally {
    target[key] = original;
  }
}

const tooLong = function (): never {
  // What V8 throws when a decoded body passes the longest string it can make.
  throw new RangeError('Invalid string length');
};

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(FeedError);
    return (error as FeedError).code;
  }
  throw new Error('nothing was thrown');
}

describe('parseFeed, when something inside reading throws', () => {
  it('a RangeError from decoding a body that inflates past memory ends as FeedError parse', async () => {
    await stubbed(TextDecoder.prototype, 'decode', tooLong as TextDecoder['decode'], () => {
      expect(codeOf(() => parseFeed({ body: FEED, contentType: 'application/feed+json' }))).to.equal('parse');
    });
  });

  it('a TypeError from a detached buffer ends as FeedError parse', () => {
    const body = FEED.slice().buffer;
    structuredClone(body, { transfer: [body] });
    expect(codeOf(() => parseFeed({ body }))).to.equal('parse');
  });

  it('a content type that throws when read ends as FeedError parse', () => {
    const contentType = { toString: tooLong } as unknown as string;
    expect(codeOf(() => parseFeed({ body: FEED, contentType }))).to.equal('parse');
  });

  it('the message says what was thrown', async () => {
    await stubbed(TextDecoder.prototype, 'decode', tooLong as TextDecoder['decode'], () => {
      try {
        parseFeed({ body: FEED });
      } catch (error) {
        expect((error as Error).message).to.contain('RangeError: Invalid string length');
      }
    });
  });
});

describe('the feed store and the element, when reading the response throws', () => {
  beforeEach(freshStore);
  expectNothingThrown();

  it('the store rejects with a FeedError when decoding throws a RangeError', async () => {
    await stubbed(TextDecoder.prototype, 'decode', tooLong as TextDecoder['decode'], async () => {
      const failed = await feedStore.load({ url: new URL(fixture('feed.json'), location.href).href, format: 'auto', timeout: 5000 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed).to.be.instanceOf(FeedError);
      expect((failed as FeedError).code).to.equal('parse');
    });
  });

  it('a body too large to hold (RangeError while reading it) shows a parse error and keeps the old articles', async () => {
    const el = await render<CivicArticleList>(html`<civic-article-list lang="pl" src=${fixture('feed.json')}></civic-article-list>`);
    await until(el, 'ready');
    // The store reads the body as a stream, to cut it off at its cap (issue 12).
    const reader = ReadableStreamDefaultReader.prototype as ReadableStreamDefaultReader<Uint8Array>;
    await stubbed(reader, 'read', (() => Promise.reject(new RangeError('Array buffer allocation failed'))) as typeof reader.read, async () => {
      const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('civic-error', (e) => resolve(e as CustomEvent), { once: true }));
      el.src = fixture('feed.json', { key: 'thrown-big' });
      expect((await failed).detail.code).to.equal('parse');
    });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadow(el).querySelectorAll('[part="title"]')).to.have.length(5);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Pokazano ostatnio pobrane wiadomości.');
  });
});
