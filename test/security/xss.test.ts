import { expect } from '@open-wc/testing';
import '../../src/define/article.js';
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import '../../src/define/related-articles.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { parseFeed } from '../../src/feeds/parse.js';
import type { Article } from '../../src/model/article.js';
import { freshStore, until, untilSettled } from '../helpers.js';
import { corpora, executions, hostileRssArticles, hostileRssFeeds, inspect, installTraps, provoke, resetTraps, serve, settle, type Corpus } from './harness.js';

/**
 * Every element that shows articles, with how many articles one element is given at once. Lists
 * and related blocks show them all; an article view is given one at a time (each body through
 * the sanitizer); a card shows the first of a whole feed: it draws the same teaser template as
 * the list, which shows every one (a card per article took a fifth of these proofs' time). Adding an
 * element to the proof is one line here.
 */
const ELEMENTS: { tag: string; attrs: Record<string, string>; shows: number }[] = [
  { tag: 'civic-article-list', attrs: { limit: '1000' }, shows: 1000 },
  { tag: 'civic-article-card', attrs: {}, shows: 1000 },
  { tag: 'civic-article', attrs: {}, shows: 1 },
  { tag: 'civic-related-articles', attrs: { for: 'https://news.example.org/none', limit: '1000' }, shows: 1000 },
];

/** How many elements are on the page at once. */
const BATCH = 40;

let container: HTMLElement;

function create(tag: string, attrs: Record<string, string>): CivicFeedElement {
  const el = document.createElement(tag) as CivicFeedElement;
  el.setAttribute('lang', 'pl');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  container.append(el);
  return el;
}

/** Renders, provokes, waits, inspects; returns every problem found, with its payload. */
async function check(elements: { el: CivicFeedElement; label: string }[]): Promise<string[]> {
  await Promise.all(elements.map(({ el }) => el.updateComplete));
  for (const { el } of elements) provoke(el);
  await settle();
  const problems = elements.flatMap(({ el, label }) => inspect(el, label));
  for (const { el } of elements) el.remove();
  return problems;
}

/** Each group of articles goes into its own element, BATCH elements at a time. */
async function renderArticles(
  tag: string,
  attrs: Record<string, string>,
  shows: number,
  articles: Article[],
  label: string,
): Promise<{ problems: string[]; shown: number; bodiesNotShown: string[] }> {
  const groups: Article[][] = [];
  for (let i = 0; i < articles.length; i += shows) groups.push(articles.slice(i, i + shows));
  const problems: string[] = [];
  const bodiesNotShown: string[] = [];
  let shown = 0;
  for (let i = 0; i < groups.length; i += BATCH) {
    const batch = groups.slice(i, i + BATCH).map((group, k) => {
      const el = create(tag, attrs);
      el.addEventListener('civic-error', () => bodiesNotShown.push(group[0].id));
      el.articles = group;
      return { el, label: `${label} ${tag} #${i + k} (${JSON.stringify(group[0]?.title ?? '').slice(0, 80)})` };
    });
    // A related block given articles first waits for the ranking part (issue 13).
    await Promise.all(batch.map(({ el }) => untilSettled(el)));
    shown += batch.filter(({ el }) => el.getAttribute('state') === 'ready').length;
    problems.push(...(await check(batch)));
  }
  return { problems, shown, bodiesNotShown };
}

/** A served feed, shown by every element: the list all at once, the others one id at a time. */
async function renderFeed(src: string, ids: string[], label: string): Promise<{ problems: string[]; shown: number }> {
  const problems: string[] = [];
  let shown = 0;
  for (const { tag, attrs, shows } of ELEMENTS) {
    const picks = shows > 1 ? [''] : ids;
    for (let i = 0; i < picks.length; i += BATCH) {
      const batch = picks.slice(i, i + BATCH).map((id) => {
        const el = create(tag, { ...attrs, src, ...(id ? { 'article-id': id } : {}) });
        return { el, label: `${label} ${tag} ${id}` };
      });
      await Promise.all(batch.map(({ el, label: l }) => until(el, 'ready').catch((error) => Promise.reject(new Error(`${l}: ${error}`)))));
      shown += batch.length;
      problems.push(...(await check(batch)));
    }
  }
  return { problems, shown };
}

describe('XSS corpora in a real browser', function () {
  this.timeout(180_000);
  let all: Corpus[];

  before(async () => {
    installTraps();
    all = await corpora();
  });
  beforeEach(() => {
    resetTraps();
    freshStore();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  describe('the harness itself', () => {
    it('catches a payload that runs, and flags what it leaves behind', async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      document.body.append(host);
      // Unsanitized on purpose: this is what the widgets must never do.
      root.innerHTML =
        '<img src="/__test/status/404?control" onerror="alert(1)"><p onmouseover="prompt(2)">x</p><a href="javascript:alert(3)">y</a><style></style>';
      provoke(host);
      await settle();
      host.remove();
      // provoke() fires `error` too, so the image's handler runs twice.
      expect(executions().calls.sort()).to.deep.equal(['alert(1)', 'alert(1)', 'prompt(2)']);
      expect(inspect(host, 'control')).to.include.members([
        'control: onerror attribute on <img>',
        'control: onmouseover attribute on <p>',
        'control: href="javascript:alert(3)" on <a>',
        'control: <style> element',
      ]);
    });
  });

  it('reads every corpus in full', () => {
    expect(all.map((c) => [c.name, c.payloads.length])).to.deep.equal([
      ['dompurify-xss', 223],
      ['html5sec-vectors', 149],
      ['html5sec-rss-vectors', 208],
      ['mxss-cheatsheet', 17],
    ]);
  });

  for (const name of ['dompurify-xss', 'html5sec-vectors', 'html5sec-rss-vectors', 'mxss-cheatsheet']) {
    describe(`when ${name} payloads are the data`, () => {
      const corpus = () => all.find((c) => c.name === name)!;

      it('as article bodies in <civic-article>: nothing runs, nothing dangerous remains', async () => {
        const articles = corpus().payloads.map((payload, i) => ({
          id: `${name}-${i}`,
          url: `${location.origin}/__test/xss/${name}/${i}`,
          title: `${name} ${i}`,
          lead: '',
          authors: [],
          tags: [],
          contentHtml: payload,
        }));
        const { problems, shown, bodiesNotShown } = await renderArticles('civic-article', {}, 1, articles, `${name} body`);
        expect(shown).to.equal(articles.length);
        expect(problems).to.deep.equal([]);
        // Every body is shown, sanitized; the one exception is the mXSS row nested 506 deep,
        // past the depth limit, which fails cleanly (tested in article.test.ts).
        expect(bodiesNotShown).to.deep.equal(name === 'mxss-cheatsheet' ? ['mxss-cheatsheet-7'] : []);
        expect(executions()).to.deep.equal({ count: 0, calls: [], violations: [] });
      });
      // As titles, leads, links, pictures, authors and tags in every element, set directly and
      // through served JSON Feeds and RSS feeds: csp.test.ts, on a page whose strict policy is
      // reported only, so that a payload that got through would run there as here.
    });
  }

  describe('when the html5sec hostile RSS feed is the data', () => {
    it('its items, read here, render in every element with nothing run', async () => {
      const { articles } = await hostileRssArticles();
      expect(articles.length).to.equal(208 * 5);
      for (const { tag, attrs, shows } of ELEMENTS) {
        const { problems, shown } = await renderArticles(tag, attrs, shows, articles, 'hostile RSS');
        expect(shown).to.be.greaterThan(0);
        expect(problems).to.deep.equal([]);
      }
      expect(executions()).to.deep.equal({ count: 0, calls: [], violations: [] });
    });

    it('goes through the whole parse → render path, as served and with its links made http', async () => {
      const { asIs, linked } = await hostileRssFeeds();
      // As served, every item links to a data: URL: no element shows any, and nothing runs.
      const src = await serve('html5sec-hostile.rss', asIs, 'application/rss+xml');
      const list = create('civic-article-list', { src, limit: '1000' });
      await until(list, 'empty');
      expect(await check([{ el: list, label: 'hostile RSS as served' }])).to.deep.equal([]);
      let shown = 0;
      for (const [k, text] of linked.entries()) {
        const part = await serve(`html5sec-hostile-${k}.rss`, text, 'application/rss+xml');
        const ids = parseFeed({ body: text, contentType: 'application/rss+xml', url: new URL(part, location.href).href }).articles.map((a) => a.id);
        expect(ids).to.have.length(104);
        const result = await renderFeed(part, ids, `hostile RSS feed ${k}`);
        expect(result.problems).to.deep.equal([]);
        shown += ids.length;
      }
      expect(shown).to.equal(208);
      expect(executions()).to.deep.equal({ count: 0, calls: [], violations: [] });
    });
  });
});
