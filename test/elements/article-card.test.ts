import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/define/article-card.js';
import type { CivicArticleCard } from '../../src/elements/article-card/article-card.js';
import { fixture, freshStore, shadow, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

async function card(attrs: Record<string, string>): Promise<CivicArticleCard> {
  const el = document.createElement('civic-article-card');
  el.setAttribute('lang', 'pl');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await render(html`<div style="width: 24rem">${el}</div>`);
  return el;
}

const title = (el: Element) => shadow(el).querySelector('[part="title"]')?.textContent?.trim();

describe('<civic-article-card>', () => {
  beforeEach(freshStore);

  it('shows the newest article by default', async () => {
    const el = await card({ src: fixture('feed.json') });
    await until(el, 'ready');
    expect(title(el)).to.equal('Zmiana organizacji ruchu na ulicy Długiej');
    expect(shadow(el).querySelectorAll('article')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('picks the article by id, and by URL', async () => {
    const el = await card({ src: fixture('feed.json'), 'article-id': 'a5' });
    await until(el, 'ready');
    expect(title(el)).to.equal('Najstarszy artykuł');
    el.articleId = 'https://MIASTO.example.org/aktualnosci/a6/?utm_source=newsletter#top';
    await el.updateComplete;
    expect(title(el)).to.equal('Szósty artykuł');
  });

  it('is empty, not an error, when the id is not in the feed', async () => {
    const el = await card({ src: fixture('feed.json'), 'article-id': 'nope' });
    await until(el, 'empty');
    await expect(el).to.be.accessible();
  });

  it('puts the title first for screen readers and the image first on screen', async () => {
    const el = await card({ src: fixture('feed.json'), 'heading-level': '2' });
    await until(el, 'ready');
    const article = shadow(el).querySelector('article')!;
    expect(article.firstElementChild!.tagName).to.equal('H2');
    const img = article.querySelector('img')!.getBoundingClientRect();
    const heading = article.querySelector('h2')!.getBoundingClientRect();
    expect(img.top).to.be.lessThan(heading.top);
  });

  it('makes the whole card clickable through the one title link', async () => {
    const el = await card({ src: fixture('feed.json') });
    await until(el, 'ready');
    const article = shadow(el).querySelector('article')!;
    expect(article.querySelectorAll('a, button')).to.have.length(1);
    const box = article.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(box.left + 5, box.bottom - 5);
    expect(hit?.closest('a')).to.equal(article.querySelector('a'));
  });

  it('shows an accessible error state', async () => {
    const el = await card({ src: fixture('truncated.json') });
    await until(el, 'error');
    await expect(el).to.be.accessible();
  });
});
