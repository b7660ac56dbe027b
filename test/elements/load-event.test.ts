import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import '../../src/define/related-articles.js';
import type { CivicLoadEvent } from '../../src/events.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { fixture, freshStore, shadow } from '../helpers.js';

// civic-load tells the page which articles are shown whenever that changes, not only when a
// feed arrives (issue 16): analytics and listeners must not keep a stale list.

async function loaded<T extends CivicFeedElement>(tag: string, attrs: Record<string, string>): Promise<{ el: T; first: CivicLoadEvent }> {
  const el = document.createElement(tag) as T;
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const first = oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>;
  await render(html`<div style="width: 30rem">${el}</div>`);
  return { el, first: await first };
}

const shownUrls = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="link"]'), (a) => a.href);
const urls = (event: CivicLoadEvent) => event.detail.articles.map((article) => article.url);

describe('civic-load when the shown articles change', () => {
  beforeEach(freshStore);

  it('fires again when limit changes, with the articles now shown', async () => {
    const { el, first } = await loaded('civic-article-list', { src: fixture('feed.json'), limit: '4' });
    expect(first.detail.articles).to.have.length(4);
    const next = oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>;
    el.limit = 2;
    const event = await next;
    expect(urls(event)).to.deep.equal(shownUrls(el));
    expect(event.detail.articles).to.have.length(2);
    expect(event.detail.src).to.equal(first.detail.src);
  });

  it('fires again when article-id picks another article', async () => {
    const { el, first } = await loaded<CivicFeedElement & { articleId: string }>('civic-article-card', { src: fixture('feed.json') });
    expect(first.detail.articles[0].id).to.equal('a1');
    const next = oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>;
    el.setAttribute('article-id', 'a5');
    const event = await next;
    expect(event.detail.articles.map((article) => article.id)).to.deep.equal(['a5']);
    expect(urls(event)).to.deep.equal(shownUrls(el));
  });

  it('fires again when the related block is about another article', async () => {
    const { el, first } = await loaded<CivicFeedElement & { for: string }>('civic-related-articles', { src: fixture('feed.json'), for: 'a1' });
    expect(first.detail.for).to.equal('a1');
    const next = oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>;
    el.for = 'a2';
    const event = await next;
    expect(event.detail.for).to.equal('a2');
    expect(urls(event)).to.not.include('https://miasto.example.org/aktualnosci/a2');
    expect(urls(event)).to.deep.equal(shownUrls(el));
  });

  it('does not fire when a change leaves the same articles shown', async () => {
    const { el } = await loaded('civic-article-list', { src: fixture('feed.json'), limit: '3' });
    const events: CivicLoadEvent[] = [];
    el.addEventListener('civic-load', (event) => events.push(event as CivicLoadEvent));
    el.limit = 3.5; // floors to 3: the same three articles
    await el.updateComplete;
    // A real change after it: its event is the first and only one heard.
    const next = oneEvent(el, 'civic-load');
    el.limit = 1;
    await next;
    expect(events.map((event) => event.detail.articles.length)).to.deep.equal([1]);
  });
});
