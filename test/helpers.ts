import { expect, oneEvent } from '@open-wc/testing';
import type { CivicFeedElement, WidgetState } from '../src/elements/shared/feed-element.js';
import { feedStore } from '../src/store/feed-store.js';

/** URL of a served fixture, with optional server behaviour. */
export function fixture(path: string, options: { status?: number; type?: string; delay?: number; key?: string } = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(options)) if (v !== undefined) q.set(k, String(v));
  const query = q.toString();
  return `/__test/fixture/${path}${query ? `?${query}` : ''}`;
}

/** URL of a third-party corpus file in test/corpora (`corpus('gofeed/dates.json')`), served as is. */
export const corpus = (path: string) => `/__test/corpus/${path}`;

/** How many requests the server saw for a counter key. */
export async function hits(key: string): Promise<number> {
  return (await fetch(`/__test/hits/${encodeURIComponent(key)}`)).json();
}

/** Waits until the element reaches a state (driven by events, not sleeps), for at most `ms`. */
export async function until(el: CivicFeedElement, state: WidgetState, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    await el.updateComplete;
    if (el.getAttribute('state') === state) return;
    await Promise.race([oneEvent(el, 'civic-load'), oneEvent(el, 'civic-error'), new Promise((r) => setTimeout(r, 50))]);
  }
  throw new Error(`state stayed ${el.getAttribute('state')}, expected ${state}`);
}

/**
 * Waits until the element is no longer `loading`: articles set through the property may still
 * wait for a part (the related ranking, issue 13) before they are shown.
 */
export async function untilSettled(el: CivicFeedElement): Promise<void> {
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    await el.updateComplete;
    if (el.getAttribute('state') !== 'loading') return;
    await Promise.race([oneEvent(el, 'civic-load'), oneEvent(el, 'civic-error'), new Promise((r) => setTimeout(r, 50))]);
  }
  throw new Error('state stayed loading');
}

/** The next animation frame of a window (an iframe's, or this page's). */
export const nextFrame = (win: Window = window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** A unique key per test, so request counts and caches never mix. */
let n = 0;
export const unique = (name: string) => `${name}-${Date.now()}-${n++}`;

/** Forgets the feeds kept across page loads (`cache`): as on a reader's first visit. */
export function firstVisit(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('civic-news:')) localStorage.removeItem(key);
}

/** Every test starts with an empty feed cache, in the page and in storage. */
export function freshStore(): void {
  feedStore.clear();
  firstVisit();
}

// Every test of every file that uses these helpers starts as a first visit; the tests of the
// kept copy (test/store/) say when a visit is a second one. (Pages outside Mocha, such as
// test/a11y/pages/host.html, import these helpers too.)
if (typeof beforeEach === 'function') beforeEach(firstVisit);

export const shadow = (el: Element) => el.shadowRoot!;

/** Registers hooks that fail a test when anything is thrown past an element (errors, rejections). */
export function expectNothingThrown(): void {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(thrown, 'nothing is thrown past the element').to.deep.equal([]);
  });
}

/** A fetch the page made, with the signal it was given and when it was over. */
export interface WatchedFetch {
  url: string;
  signal?: AbortSignal;
  /** Resolves once the answer's body has fully arrived, or the request failed or was aborted. */
  done: Promise<void>;
}

/**
 * Records the page's fetches whose URL contains `part` until `stop()`: a real signal for
 * negative checks ("the old answer is over and was not shown"), instead of a sleep.
 */
export function watchFetches(part: string): { requests: WatchedFetch[]; stop: () => void } {
  const original = window.fetch;
  const requests: WatchedFetch[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const answer = original.call(window, input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes(part)) {
      const done = answer
        .then((response) => response.clone().arrayBuffer())
        .then(
          () => undefined,
          () => undefined,
        );
      requests.push({ url, signal: init?.signal ?? undefined, done });
    }
    return answer;
  };
  return { requests, stop: () => void (window.fetch = original) };
}

/**
 * Adds the built script tag (the loader, dist/civic-news.min.js) to the page as a webmaster
 * does; resolves once its core part has loaded and the elements are defined (`CivicNews.ready`).
 */
export function addBundle(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/civic-news.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('bundle failed to load'));
    document.head.append(script);
  }).then(async () => {
    await (window as unknown as { CivicNews: { ready: Promise<unknown> } }).CivicNews.ready;
  });
}

/**
 * A file's first axe check loads and sets up axe-core: 4 s in Firefox on a quiet machine (later
 * checks take 60 ms), over the 10 s test timeout on a busy CI machine. Files that run axe call
 * `before(warmAxe)` at their top level, so that time is a hook's, with room for it.
 */
export async function warmAxe(this: Mocha.Context): Promise<void> {
  this.timeout(60_000);
  const probe = document.createElement('p');
  probe.textContent = 'axe';
  document.body.append(probe);
  try {
    await expect(probe).to.be.accessible();
  } finally {
    probe.remove();
  }
}

/**
 * Whether this run is Chromium's, where the large combinatorial matrices run in full (axe on
 * every element × state × layout × scheme × language). Firefox and WebKit run a covering part
 * of them: every element, state and layout, with the schemes and languages taken in turn, so
 * each engine still meets each of them (CONTRIBUTING.md, Test toolchain). What differs between
 * engines is layout, style and the parser, not the markup Lit renders for a language.
 */
export const FULL_MATRIX = /Chrom(e|ium)\//.test(navigator.userAgent);
