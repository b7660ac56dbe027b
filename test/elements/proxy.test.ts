import { expect, fixture as render, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { fixture, freshStore, hits, shadow, unique, until } from '../helpers.js';

/**
 * The feed proxy (test/server/proxy-plugin.mjs) runs on its own port, another origin. Its feeds
 * live under feeds.example.test, a name only the proxy resolves (to the test server): a feed
 * from there shows up only when it really came through the proxy.
 */
async function ports(): Promise<{ proxy: number; feeds: number }> {
  return (await fetch('/__proxy/port')).json();
}

async function list(src: string, proxy: string): Promise<CivicArticleList> {
  const el = document.createElement('civic-article-list');
  el.setAttribute('lang', 'en');
  el.setAttribute('proxy', proxy);
  el.setAttribute('src', src);
  return render<CivicArticleList>(el);
}

describe('<civic-article-list> through the feed proxy', () => {
  beforeEach(freshStore);

  it('reads a feed of another host through createFeedProxy on Node', async () => {
    const { proxy, feeds } = await ports();
    const key = unique('proxied');
    const el = await list(`http://feeds.example.test:${feeds}${fixture('feed.json', { key })}`, `http://127.0.0.1:${proxy}/?url={url}`);
    await until(el, 'ready');
    const titles = Array.from(shadow(el).querySelectorAll('[part="title"]')).map((h) => h.textContent!.trim());
    expect(titles).to.have.length(5);
    expect(titles[0]).to.equal('Zmiana organizacji ruchu na ulicy Długiej');
    expect(await hits(key)).to.equal(1);
  });

  it('reads an Atom feed through it too, and the proxy cache answers a second page', async () => {
    const { proxy, feeds } = await ports();
    const key = unique('proxied-rss');
    const src = `http://feeds.example.test:${feeds}${fixture('feeds/powiat.atom', { key })}`;
    const first = await list(src, `http://127.0.0.1:${proxy}/?url={url}`);
    await until(first, 'ready');
    freshStore(); // as if a second page loaded: only the proxy remembers the feed
    const second = await list(src, `http://127.0.0.1:${proxy}/?url={url}`);
    await until(second, 'ready');
    expect(shadow(second).querySelectorAll('[part="title"]').length).to.be.greaterThan(0);
    expect(await hits(key)).to.equal(1);
  });

  it('ends in an error when the proxy refuses the answer (HTML is never passed on)', async () => {
    const { proxy, feeds } = await ports();
    const el = document.createElement('civic-article-list');
    el.setAttribute('proxy', `http://127.0.0.1:${proxy}/?url={url}`);
    el.setAttribute('src', `http://feeds.example.test:${feeds}${fixture('page.html', { type: 'text/html' })}`);
    const failed = oneEvent(el, 'civic-error');
    await render(el);
    expect((await failed).detail.code).to.equal('http');
    await until(el as CivicArticleList, 'error');
  });
});
