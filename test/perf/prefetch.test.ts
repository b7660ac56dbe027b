// The script-tag bundle starts the feed request of every widget already in the page before it
// defines the elements, and the element takes that request instead of asking again (issue 13).
import { expect } from '@open-wc/testing';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { fixture, hits, shadow, unique, until } from '../helpers.js';

function addBundle(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/civic-news.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('bundle failed to load'));
    document.head.append(script);
  });
}

/** When the test server saw each request of a key (ms since the epoch; test/server/faults.mjs). */
const times = async (key: string): Promise<number[]> => (await fetch(`/__test/times/${encodeURIComponent(key)}`)).json();

describe('feed requests before the elements are defined (dist/civic-news.min.js)', () => {
  const key = unique('prefetch');
  const failing = unique('prefetch-fail');
  const page = document.createElement('div');
  let defined = 0;

  before(async () => {
    // Widgets in the page before the script, as a webmaster writes them.
    page.innerHTML = `<civic-article-list lang="pl" src="${fixture('feed.json', { key })}" limit="2"></civic-article-list>
      <div data-civic-widget="article-card" data-src="${fixture('feed.json', { key })}" lang="pl"></div>
      <civic-article-list lang="pl" src="${fixture('feed.json', { key: failing, status: 404 })}"></civic-article-list>
      <civic-article-list lang="pl" src="${fixture('feed.json', { key: unique('never') })}" timeout="0"></civic-article-list>`;
    document.body.append(page);
    void customElements.whenDefined('civic-article-list').then(() => (defined = Date.now()));
    await addBundle();
  });
  after(() => page.remove());

  it('starts the request before the elements are defined, and makes one request per feed for all its widgets', async () => {
    const [list] = Array.from(page.querySelectorAll<CivicFeedElement>('civic-article-list'));
    await until(list, 'ready');
    const card = page.querySelector<CivicFeedElement>('civic-article-card')!;
    await until(card, 'ready');
    expect(shadow(list).querySelectorAll('[part="item"]')).to.have.length(2);
    // The server's clock, not Resource Timing: a fetch read as a stream is not always timed.
    const [asked] = await times(key);
    expect(defined).to.be.greaterThan(0);
    expect(asked, 'the feed request reached the server before the elements were defined').to.be.at.most(defined);
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
