// The script-tag bundle starts the feed request of every widget already in the page before it
// defines the elements, and the element takes that request instead of asking again (issue 13).
import { expect } from '@open-wc/testing';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { addBundle, fixture, hits, shadow, unique, until } from '../helpers.js';

describe('feed requests before the elements are defined (dist/civic-news.min.js)', () => {
  const key = unique('prefetch');
  const failing = unique('prefetch-fail');
  const page = document.createElement('div');
  let defined = 0;
  let asked = 0;
  const original = window.fetch;

  before(async () => {
    // Widgets in the page before the script, as a webmaster writes them.
    page.innerHTML = `<civic-article-list lang="pl" src="${fixture('feed.json', { key })}" limit="2"></civic-article-list>
      <div data-civic-widget="article-card" data-src="${fixture('feed.json', { key })}" lang="pl"></div>
      <civic-article-list lang="pl" src="${fixture('feed.json', { key: failing, status: 404 })}"></civic-article-list>
      <civic-article-list lang="pl" src="${fixture('feed.json', { key: unique('never') })}" timeout="0"></civic-article-list>`;
    document.body.append(page);
    // When the page's script calls fetch() for the feed: the moment the request starts, in every
    // engine (Resource Timing misses a fetch read as a stream in Chromium; the server's clock
    // adds the network's delay).
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!asked && String(input instanceof Request ? input.url : input).includes(`key=${key}`)) asked = performance.now();
      return original(input, init);
    };
    void customElements.whenDefined('civic-article-list').then(() => (defined = performance.now()));
    await addBundle();
  });
  after(() => {
    window.fetch = original;
    page.remove();
  });

  it('starts the request before the elements are defined, and makes one request per feed for all its widgets', async () => {
    const [list] = Array.from(page.querySelectorAll<CivicFeedElement>('civic-article-list'));
    await until(list, 'ready');
    const card = page.querySelector<CivicFeedElement>('civic-article-card')!;
    await until(card, 'ready');
    expect(shadow(list).querySelectorAll('[part="item"]')).to.have.length(2);
    expect(defined).to.be.greaterThan(0);
    expect(asked, 'the feed request was made').to.be.greaterThan(0);
    expect(asked, 'the feed request started before the elements were defined').to.be.below(defined);
    expect(await hits(key)).to.equal(1);
  });

  it('asks a failing feed once: the element shows the failure of the early request', async () => {
    const broken = page.querySelectorAll<CivicFeedElement>('civic-article-list')[1];
    await until(broken, 'error');
    expect(await hits(failing)).to.equal(1);
  });

  it('starts nothing for a misconfigured widget', async () => {
    const misconfigured = page.querySelectorAll<CivicFeedElement>('civic-article-list')[2];
    await until(misconfigured, 'error');
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('never'))).to.be.false;
  });
});
