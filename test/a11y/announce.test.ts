// What a screen reader hears: every message enters a live region that already exists, once,
// and a re-render that changes nothing says nothing. Recorded with a MutationObserver on the
// region: each recorded text is one announcement.
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CivicFeedElement, WidgetState } from '../../src/elements/shared/feed-element.js';
import { freshStore, unique, until } from '../helpers.js';
import { ELEMENTS, type ElementCase, type Lang } from './elements.js';
import { attributesFor, deepActive, root, settle, unmountAll, untilSaid } from './harness.js';

/** Through the test route: slow, or failing the first `fails` times. */
const via = (options: { delay?: number; fails?: number; key?: string }) =>
  `/__test/via?${new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)])).toString()}&url={url}`;

interface Heard {
  el: CivicFeedElement;
  /** Texts the live region took, one per change. */
  said: string[];
  /** Whether the region was rendered, empty, before its first message. */
  bornEmpty: boolean;
}

/** Connects an element of the table with the given attributes and listens to its live region. */
async function listen(c: ElementCase, lang: Lang, state: WidgetState, extra: Record<string, string>): Promise<Heard> {
  const box = document.createElement('div');
  box.className = 'civic-test-column';
  box.lang = lang;
  box.style.width = '720px';
  const el = document.createElement(c.tag) as CivicFeedElement;
  for (const [name, value] of Object.entries({ ...attributesFor(c, { state, lang }), ...extra })) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  await el.updateComplete;
  const region = root(el).querySelector('[role="status"]')!;
  // Empty, but rendered: a region hidden with display: none is not in the accessibility tree.
  const heard: Heard = { el, said: [], bornEmpty: region.textContent!.trim() === '' && region.checkVisibility() };
  new MutationObserver(() => heard.said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

const said = (h: Heard) => h.said.filter(Boolean);

for (const c of ELEMENTS) {
  describe(`<${c.tag}>`, () => {
    beforeEach(freshStore);
    afterEach(() => unmountAll());

    describe('when it loads', () => {
      it('announces "loading" once from a region born empty when it lasts over a second, then nothing when the news is there', async () => {
        const h = await listen(c, 'pl', 'ready', { proxy: via({ delay: 1500 }) });
        expect(h.bornEmpty).to.be.true;
        await until(h.el, 'ready');
        await settle(h.el);
        expect(said(h)).to.deep.equal(['Ładowanie wiadomości…']);
        const region = root(h.el).querySelector('[role="status"]')!;
        expect(region.textContent!.trim()).to.equal('');
      });

      it('says nothing when the feed is already loaded on the page', async () => {
        const first = await listen(c, 'pl', 'ready', {});
        await until(first.el, 'ready');
        const second = await listen(c, 'pl', 'ready', {});
        await until(second.el, 'ready');
        await settle(second.el);
        expect(second.bornEmpty).to.be.true;
        expect(second.said).to.deep.equal([]);
      });

      it('is busy while loading, outside the live region, so what it says is not held back', async () => {
        const h = await listen(c, 'en', 'loading', {});
        await untilSaid(h.el);
        await settle(h.el);
        const region = root(h.el).querySelector('[role="status"]')!;
        expect(root(h.el).querySelector('[aria-busy="true"]')).to.not.equal(null);
        expect(region.closest('[aria-busy="true"]')).to.equal(null);
        expect(h.el.closest('[aria-busy="true"]')).to.equal(null);
        expect(said(h)).to.deep.equal(['Loading news…']);
      });

      it('says nothing more when it re-renders with the same state', async () => {
        const h = await listen(c, 'en', 'empty', {});
        await until(h.el, 'empty');
        await settle(h.el);
        const before = h.said.length;
        h.el.setAttribute('heading', 'Other');
        h.el.setAttribute('date-style', 'short');
        h.el.setAttribute('hide', 'image');
        h.el.setAttribute('color-scheme', 'dark');
        h.el.requestUpdate();
        await settle(h.el);
        expect(h.said.length).to.equal(before);
        expect(said(h).filter((t) => t === 'No news to show.')).to.have.length(c.silentWhenEmpty ? 0 : 1);
      });
    });

    describe('when the feed is empty', () => {
      it('announces the empty message once', async () => {
        const h = await listen(c, 'pl', 'empty', {});
        await until(h.el, 'empty');
        await settle(h.el);
        expect(said(h).filter((t) => !t.startsWith('Ładowanie'))).to.deep.equal(c.silentWhenEmpty ? [] : ['Brak wiadomości do wyświetlenia.']);
      });
    });

    describe('when the feed fails', () => {
      it('announces the error once, and Retry says "loading" and the new outcome, keeping the focus on the button', async () => {
        const key = unique('retry-a11y');
        // Each load makes three tries of a 503 (issue 12): the first load and the first Retry fail.
        const h = await listen(c, 'pl', 'ready', { proxy: via({ fails: 6, key }) });
        await until(h.el, 'error');
        await settle(h.el);
        const error = 'Serwer z wiadomościami zwrócił błąd (kod 503).';
        expect(said(h).filter((t) => !t.startsWith('Ładowanie'))).to.deep.equal([error]);
        const retry = root(h.el).querySelector<HTMLButtonElement>('[part~="retry"]')!;
        // The button sits outside the live region: an announcement does not read it out.
        expect(retry.closest('[role="status"]')).to.equal(null);
        retry.focus();
        h.said.length = 0;
        await sendKeys({ press: 'Enter' });
        await until(h.el, 'error');
        await settle(h.el);
        expect(said(h)).to.deep.equal(['Ładowanie wiadomości…', error]);
        expect(deepActive()).to.equal(retry);

        // Third time lucky: the news arrives, the button goes, the focus moves to the first
        // article rather than falling to the top of the page, and the result is said.
        h.said.length = 0;
        await sendKeys({ press: 'Enter' });
        await until(h.el, 'ready');
        await settle(h.el);
        expect(root(h.el).querySelector('[part~="retry"]')).to.equal(null);
        // The first title's link; in the full article its title, not a link below the body (issue 14).
        const title = root(h.el).querySelector('[part~="title"]')!;
        const target = title.querySelector('a') ?? title;
        expect(deepActive() === target, `focus on ${deepActive()?.localName}`).to.be.true;
        const count = root(h.el).querySelectorAll('article').length;
        expect(said(h)).to.deep.equal([
          'Ładowanie wiadomości…',
          `Wczytano: ${new Intl.PluralRules('pl').select(count) === 'one' ? '1 artykuł' : `${count} artykuły`}.`,
        ]);
        // …for screen readers only: the message is not shown.
        expect(root(h.el).querySelector('[role="status"]')!.classList.contains('visually-hidden')).to.be.true;
      });

      it('keeps the news on screen when a reload fails, and says both', async () => {
        const key = unique('reload-a11y');
        const h = await listen(c, 'en', 'ready', {});
        await until(h.el, 'ready');
        await settle(h.el);
        h.said.length = 0;
        h.el.setAttribute('proxy', via({ fails: 5, key }));
        await until(h.el, 'error');
        await settle(h.el);
        expect(root(h.el).querySelectorAll('article').length).to.be.greaterThan(0);
        // A reload of news already on screen did not say "loading"; its failure is said once.
        expect(said(h)).to.deep.equal(['The news server answered with an error (code 503). Showing the news loaded last time.']);
      });
    });
  });
}

describe('the live region', () => {
  afterEach(() => unmountAll());
  it('waits a frame before its first message, even for data set directly', async () => {
    const el = document.createElement('civic-article-list');
    el.lang = 'en';
    el.articles = [];
    const box = document.createElement('div');
    box.className = 'civic-test-column';
    box.append(el);
    document.body.append(box);
    await el.updateComplete;
    const region = root(el).querySelector('[role="status"]')!;
    expect(region.textContent!.trim()).to.equal('');
    await nextFrame();
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('No news to show.');
  });
});
