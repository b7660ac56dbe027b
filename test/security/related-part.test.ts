import { expect } from '@open-wc/testing';
import { hits, unique } from '../helpers.js';
import { settle } from './harness.js';
import { fetched, openPage, type Page } from './pages.js';

/**
 * Issue 13: the related ranking (index, choice, `query` filter, Polish stemmer) is a part of its
 * own, `dist/civic-news-related.min.js`, which the script tag loads from beside itself, checked
 * against the hash built into it, only on a page that has a related block or a `query`. The
 * pages are the built files over real HTTP, pinned as a webmaster pins them (route /__test/cdn,
 * test/server/routes.mjs).
 */
describe('the related ranking: downloaded only by a page that needs it (issue 13)', function () {
  this.timeout(30_000);
  const pages: Page[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  type CdnWindow = Page['win'] & { __civicTampered?: boolean; __civicEvents: { type: string; tag: string; code?: string }[] };
  const FILE = 'civic-news-related.min.js';
  const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

  const open = async (label: 'good' | 'tampered', name: 'list' | 'related' | 'related-slow' | 'query') => {
    const key = unique(`related-${label}`);
    const tags = {
      list: ['civic-article-list'],
      related: ['civic-article-list', 'civic-related-articles'],
      'related-slow': ['civic-related-articles'],
      query: ['civic-article-list'],
    }[name];
    const page = await openPage('fixture', '', tags, `/__test/cdn/${label}-${key}/${name}.html`);
    pages.push(page);
    await settle(page.doc);
    const find = (tag: string) => page.doc.querySelector(tag)!;
    const titles = (tag: string) => Array.from(find(tag).shadowRoot!.querySelectorAll('[part="title"]')).map((el) => el.textContent!.trim());
    return { page, key, find, titles, win: page.win as CdnWindow, files: fetched(page.win).filter((path) => path.includes(FILE)) };
  };

  it('is listed in dist/integrity.json with the sha384 of its bytes', async () => {
    const manifest = await (await fetch('/dist/integrity.json')).json();
    const bytes = await (await fetch(`/dist/${FILE}`)).arrayBuffer();
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
    expect(manifest.files[FILE]).to.equal(`sha384-${digest}`);
  });

  it('a list page downloads no related file', async () => {
    const { page, key, find, titles, files, win } = await open('good', 'list');
    expect(find('civic-article-list').getAttribute('state')).to.equal('ready');
    expect(titles('civic-article-list')).to.have.length(4);
    expect(files).to.deep.equal([]);
    expect(await hits(`${key}:${FILE}`)).to.equal(0);
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([]);
    expect(page.win.__civicErrors).to.deep.equal([]);
  });

  it('a page with a related block downloads the file of its release once and shows related picks', async () => {
    const { page, key, find, titles, files, win } = await open('good', 'related');
    const block = find('civic-related-articles');
    expect(block.getAttribute('state')).to.equal('ready');
    const picks = titles('civic-related-articles');
    // r5 and r9 are pinned by r1; the third place goes to the most similar, a budget story.
    expect(picks.slice(0, 2)).to.deep.equal(['Koncert kameralny w bibliotece', 'Festiwal muzyki dawnej']);
    expect(picks[2]).to.match(/budże/i);
    expect(titles('civic-article-list')).to.have.length(4);
    const { version } = await (await fetch('/package.json')).json();
    expect(files).to.deep.equal([`/__test/cdn/good-${key}/civic-news-widgets@${version}/dist/${FILE}`]);
    expect(await hits(`${key}:${FILE}`)).to.equal(1);
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([]);
    expect(win.__civicEvents).to.deep.include({ type: 'civic-load', tag: 'civic-related-articles', code: undefined });
    expect(page.win.__civicErrors).to.deep.equal([]);
    expect(page.win.__civicViolations).to.deep.equal([]);
  });

  it('is asked for beside the feed, not after it: a slow feed and the part do not add up', async () => {
    const { page, find, win } = await open('good', 'related-slow');
    expect(find('civic-related-articles').getAttribute('state')).to.equal('ready');
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const part = entries.find((entry) => entry.name.includes(FILE))!;
    const feed = entries.find((entry) => entry.name.includes('related/feed.json'))!;
    // The feed is held 800 ms by the server; the part's request started long before its answer.
    expect(part.startTime, 'the part asked for before the feed answered').to.be.below(feed.responseStart);
    expect(win.__civicEvents).to.deep.equal([{ type: 'civic-load', tag: 'civic-related-articles', code: undefined }]);
    expect(page.win.__civicErrors).to.deep.equal([]);
  });

  it('a related block given its articles through the property waits for the part, then tells civic-load once', async () => {
    const { page, key, find, files } = await open('good', 'list');
    expect(files).to.deep.equal([]);
    const block = page.doc.createElement('civic-related-articles') as HTMLElement & { articles: unknown[]; updateComplete: Promise<boolean> };
    block.setAttribute('for', 'r1');
    block.setAttribute('lang', 'pl');
    const loaded = new Promise<CustomEvent>((resolve) => block.addEventListener('civic-load', (event) => resolve(event as CustomEvent), { once: true }));
    block.articles = (find('civic-article-list') as unknown as { articles: unknown[] }).articles;
    page.doc.body.append(block);
    await block.updateComplete;
    // The part is on its way: the skeleton, not an empty block.
    expect(block.getAttribute('state')).to.equal('loading');
    const detail = (await loaded).detail as { related: { id: string; why: string }[] };
    expect(detail.related.map((pick) => pick.id).slice(0, 2)).to.deep.equal(['r5', 'r9']);
    expect(block.getAttribute('state')).to.equal('ready');
    expect(block.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(3);
    expect(await hits(`${key}:${FILE}`)).to.equal(1);
    const win = page.win as CdnWindow;
    expect(win.__civicEvents.filter((event) => event.tag === 'civic-related-articles')).to.deep.equal([
      { type: 'civic-load', tag: 'civic-related-articles', code: undefined },
    ]);
  });

  it('a list with a `query` downloads it once and shows only the matching articles', async () => {
    const { key, find, titles, files } = await open('good', 'query');
    expect(find('civic-article-list').getAttribute('state')).to.equal('ready');
    const shown = titles('civic-article-list');
    // "budżetu" finds "budżecie", "budżet", "Budżetem": the stemmer came with the part.
    expect(shown.length).to.be.greaterThan(2);
    for (const title of shown) expect(title).to.match(/budże/i);
    expect(files).to.have.length(1);
    expect(await hits(`${key}:${FILE}`)).to.equal(1);
  });

  it('refuses a related file that is not the one it was built with: the block says so, the list still renders', async function () {
    // WebKit runs a `modulepreload` that fails its `integrity` (test/security/integrity.test.ts).
    if (isWebKit) this.skip();
    const { key, find, titles, win } = await open('tampered', 'related');
    const block = find('civic-related-articles');
    expect(await hits(`${key}:${FILE}`)).to.equal(1);
    expect(win.__civicTampered).to.be.undefined;
    expect(block.getAttribute('state')).to.equal('error');
    const status = block.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.textContent).to.include('Nie udało się połączyć ze źródłem wiadomości.');
    expect(block.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([
      { type: 'civic-error', tag: 'civic-related-articles', code: 'network' },
    ]);
    // The rest of the page is untouched.
    expect(find('civic-article-list').getAttribute('state')).to.equal('ready');
    expect(titles('civic-article-list')).to.have.length(4);
    expect(win.__civicErrors).to.deep.equal([]);
  });
});
