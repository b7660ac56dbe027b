import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import '../../src/define/article.js';
import '../../src/define/related-articles.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import type { Article } from '../../src/model/article.js';
import { expectNothingThrown, shadow, until } from '../helpers.js';

/** Issue 11, item 10: news without a link is shown, with its title as text, in every element. */
const linked = (n: number): Article => ({ id: `l${n}`, url: `https://g.example/${n}`, title: `Powiązany ${n} sesja rady`, lead: 'Sesja rady gminy.', authors: [], tags: ['rada'] });
const plain: Article = { id: 'bez', url: '', title: 'Komunikat bez linku: sesja rady', lead: 'Sesja rady gminy odbędzie się w piątek.', authors: [], tags: ['rada'], published: '2026-11-20T10:00:00Z' };

describe('an article without a link', () => {
  expectNothingThrown();

  for (const tag of ['civic-article-list', 'civic-article-card', 'civic-article']) {
    it(`<${tag}> shows it with its title as text, not as a link`, async () => {
      const el = document.createElement(tag) as CivicFeedElement;
      el.setAttribute('lang', 'pl');
      el.articles = [plain, { ...linked(1), published: '2026-01-01T00:00:00Z' }];
      await render(html`<div>${el}</div>`);
      await until(el, 'ready');
      const title = shadow(el).querySelector('[part="title"]')!;
      expect(title.textContent!.trim()).to.equal(plain.title);
      expect(title.querySelector('a')).to.be.null;
      if (tag === 'civic-article') expect(shadow(el).querySelector('[part="link"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  }

  it('shows an article without a link, title or lead nowhere, and one with only a lead named by it', async () => {
    const el = document.createElement('civic-article-list') as CivicFeedElement;
    el.articles = [{ ...plain, title: '' }, { ...plain, id: 'nic', title: '', lead: '' }];
    await render(html`<div>${el}</div>`);
    await until(el, 'ready');
    expect(Array.from(shadow(el).querySelectorAll('[part="title"]'), (h) => h.textContent!.trim())).to.deep.equal([plain.lead]);
  });

  it('leaves out one whose link is refused (javascript:)', async () => {
    const el = document.createElement('civic-article-list') as CivicFeedElement;
    el.articles = [{ ...plain, url: 'javascript:alert(1)' }];
    await render(html`<div>${el}</div>`);
    await until(el, 'empty');
  });

  it('<civic-related-articles> does not offer it: a related block is for going somewhere', async () => {
    const el = document.createElement('civic-related-articles') as CivicFeedElement;
    el.setAttribute('for', 'l1');
    el.articles = [linked(1), plain, linked(2), linked(3)];
    await render(html`<div>${el}</div>`);
    await until(el, 'ready');
    expect(Array.from(shadow(el).querySelectorAll('[part="title"]'), (h) => h.textContent!.trim())).to.deep.equal(['Powiązany 2 sesja rady', 'Powiązany 3 sesja rady']);
  });
});
