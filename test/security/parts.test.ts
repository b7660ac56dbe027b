import { expect } from '@open-wc/testing';
import { hits, unique } from '../helpers.js';
import { settle } from './harness.js';
import { fetched, openPage, type Page } from './pages.js';

/**
 * Issue 13: the script tag is a small loader; a page downloads the core part and, only where it
 * is used, the XML readers (an XML feed) and the article view (a `civic-article` or its
 * placeholder). The pages are the built files over real HTTP, pinned as a webmaster pins them
 * (route /__test/cdn, test/server/routes.mjs).
 */
describe('the script tag downloads only the parts a page uses (issue 13)', function () {
  this.timeout(30_000);
  const pages: Page[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });
  type CdnWindow = Page['win'] & { __civicEvents: { type: string; tag: string; code?: string }[]; __civicTampered?: boolean; __civicWarnings: string[] };
  const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

  /** Until `done()` holds, or 8 s have passed (the assertions after it then say what is missing). */
  const eventually = async (done: () => boolean) => {
    for (const deadline = Date.now() + 8000; !done() && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  const open = async (name: string, tags: string[], label = 'good') => {
    const key = unique(`parts-${name}`);
    const page = await openPage('fixture', '', tags, `/__test/cdn/${label}-${key}/${name}`);
    pages.push(page);
    await settle(page.doc);
    const parts = fetched(page.win)
      .filter((path) => path.includes('/dist/civic-news'))
      .map((path) => path.split('/').pop())
      .sort();
    return { page, key, parts, win: page.win as CdnWindow };
  };

  it('a JSON Feed list page downloads the loader and the core only', async () => {
    const { page, parts, win } = await open('list.html', ['civic-article-list']);
    const list = page.doc.querySelector('civic-article-list')!;
    expect(list.getAttribute('state')).to.equal('ready');
    expect(list.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(4);
    expect(parts).to.deep.equal(['civic-news-core.min.js', 'civic-news.min.js']);
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([]);
    expect(page.win.__civicErrors).to.deep.equal([]);
  });

  it('an RSS list page downloads the XML readers once, and reads the feed in its charset', async () => {
    const { page, key, parts, win } = await open('rss.html', ['civic-article-list']);
    const list = page.doc.querySelector('civic-article-list')!;
    expect(list.getAttribute('state')).to.equal('ready');
    const titles = Array.from(list.shadowRoot!.querySelectorAll('[part="title"]')).map((el) => el.textContent!.trim());
    expect(titles).to.have.length(3);
    expect(titles.join(' ')).to.match(/[ąćęłńóśźż]/i);
    expect(parts).to.deep.equal(['civic-news-core.min.js', 'civic-news-xml.min.js', 'civic-news.min.js']);
    expect(await hits(`${key}:civic-news-xml.min.js`)).to.equal(1);
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([]);
  });

  it('an article placeholder downloads the article view, then upgrades and shows the body', async () => {
    const { page, parts, win } = await open('article-placeholder.html', ['civic-article']);
    const article = page.doc.querySelector('civic-article')!;
    expect(article, 'the placeholder was upgraded').to.exist;
    expect(article.getAttribute('state')).to.equal('ready');
    expect(article.shadowRoot!.querySelector('[part="body"]')!.textContent!.trim()).not.to.equal('');
    expect(parts).to.include.members(['civic-news-article.min.js', 'civic-news-sanitizer.min.js']);
    expect(parts).not.to.include('civic-news-xml.min.js');
    expect(parts).not.to.include('civic-news-related.min.js');
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([]);
  });

  it('is there at once as CivicNews, and CivicNews.ready gives the whole API', async () => {
    const { page } = await open('list.html', ['civic-article-list']);
    const api = await (page.win as unknown as { CivicNews: { ready: Promise<Record<string, unknown>> } }).CivicNews.ready;
    expect(api.CivicArticleList).to.equal(page.win.customElements.get('civic-article-list'));
    const feed = (await (api.parseFeed as (input: object) => Promise<{ articles: unknown[] }>)({
      body: '<rss version="2.0"><channel><title>T</title><item><title>Łódź</title><link>https://example.org/a</link></item></channel></rss>',
    })) as { articles: { title: string }[] };
    expect(feed.articles.map((article) => article.title)).to.deep.equal(['Łódź']);
  });

  it('refuses XML readers that are not the file it was built with: the RSS list says so, the page goes on', async function () {
    // WebKit does not enforce modulepreload integrity (docs/getting-started.md).
    if (isWebKit) this.skip();
    const { page, win } = await open('rss.html', [], 'tamperxml');
    const list = page.doc.querySelector('civic-article-list')!;
    await page.win.customElements.whenDefined('civic-article-list');
    await eventually(() => list.getAttribute('state') === 'error');
    expect(list.getAttribute('state')).to.equal('error');
    expect(win.__civicTampered, 'the changed file never ran').to.equal(undefined);
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error').map((event) => event.code)).to.deep.equal(['network']);
    expect(list.shadowRoot!.querySelector('[part="retry"]'), 'Retry is offered').to.exist;
  });

  it('refuses an article view that is not the file it was built with: the page keeps its content and hears civic-error', async function () {
    if (isWebKit) this.skip();
    const { page, win } = await open('article-placeholder.html', [], 'tamperarticle');
    await eventually(() => win.__civicEvents.some((event) => event.type === 'civic-error'));
    expect(win.__civicTampered, 'the changed file never ran').to.equal(undefined);
    expect(page.win.customElements.get('civic-article')).to.equal(undefined);
    // The room the loader kept for the article is taken away: no empty box a screen high.
    expect(page.doc.querySelector('[data-civic-widget]')!.getBoundingClientRect().height).to.equal(0);
    expect(win.__civicWarnings.some((text) => text.includes('civic-news-article.min.js'))).to.be.true;
    expect(page.win.customElements.get('civic-article-list'), 'the other elements work').to.be.a('function');
  });

  it('refuses a core that is not the file it was built with: no widget runs, each keeps its box and hears civic-error', async function () {
    if (isWebKit) this.skip();
    const { page, win } = await open('list.html', [], 'tampercore');
    await eventually(() => win.__civicEvents.some((event) => event.type === 'civic-error'));
    expect(win.__civicTampered, 'the changed file never ran').to.equal(undefined);
    expect(page.win.customElements.get('civic-article-list')).to.equal(undefined);
    expect(page.doc.querySelector('civic-article-list')!.getBoundingClientRect().height, 'no room kept for a list that cannot come').to.equal(0);
    expect(win.__civicEvents).to.deep.equal([{ type: 'civic-error', tag: 'civic-article-list', code: 'network' }]);
    expect(win.__civicWarnings.some((text) => text.includes('civic-news-core.min.js'))).to.be.true;
  });

  /** When the page asked for each file, and when the slow feed (held 800 ms by the server) answered. */
  const timing = (page: Page, feed: string) => {
    const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const asked = (file: string) => entries.find((entry) => entry.name.includes(`/${file}`))?.startTime ?? Infinity;
    return { asked, answered: entries.find((entry) => entry.name.includes(feed))!.responseStart };
  };

  it('asks for the XML readers at once for an RSS address, beside the feed, not after it', async () => {
    const { page, parts } = await open('rss-slow.html', ['civic-article-list']);
    expect(page.doc.querySelector('civic-article-list')!.getAttribute('state')).to.equal('ready');
    const { asked, answered } = timing(page, 'gmina-iso-8859-2.xml');
    expect(asked('civic-news-xml.min.js')).to.be.below(answered);
    expect(parts.filter((file) => file === 'civic-news-xml.min.js')).to.have.length(1);
  });

  it('asks for the XML readers as soon as an answer says XML, whatever its address says, once', async () => {
    // An Atom feed at an address that says "json": the loader waits for the answer's type.
    const { page, parts } = await open('rss-slow-auto.html', ['civic-article-list']);
    expect(page.doc.querySelector('civic-article-list')!.getAttribute('state')).to.equal('ready');
    const { asked, answered } = timing(page, 'powiat.atom');
    expect(asked('civic-news-xml.min.js')).not.to.be.below(answered);
    expect(parts.filter((file) => file === 'civic-news-xml.min.js')).to.have.length(1);
  });

  it('asks for the article view, the sanitizer and the page language at once, beside the feed', async () => {
    const { page, parts, win } = await open('article-slow.html', ['civic-article']);
    const article = page.doc.querySelector('civic-article')!;
    expect(article.getAttribute('state')).to.equal('ready');
    const { asked, answered } = timing(page, 'article.json');
    for (const file of ['civic-news-article.min.js', 'civic-news-sanitizer.min.js', 'civic-news-lang-uk.min.js']) {
      expect(asked(file), file).to.be.below(answered);
    }
    expect(parts).not.to.include('civic-news-xml.min.js');
    expect(parts).not.to.include('civic-news-related.min.js');
    expect(win.__civicEvents.filter((event) => event.type === 'civic-error')).to.deep.equal([]);
  });

  it('keeps a registerLanguage call made before the core has arrived, and renders with it', async () => {
    const { page, win } = await open('register-early.html', ['civic-article-list']);
    const list = page.doc.querySelector('civic-article-list')!;
    expect((win as unknown as { __registeredBeforeReady: boolean }).__registeredBeforeReady, 'the call came before the elements were defined').to.be.true;
    expect(list.getAttribute('state')).to.equal('empty');
    expect(list.shadowRoot!.textContent).to.include('Na razie nie ma aktualności.');
  });
});
