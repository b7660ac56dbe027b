import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import { CivicArticleCard } from '../../src/elements/article-card/article-card.js';
import { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { CivicArticle } from '../../src/elements/article/article.js';
import { CivicRelatedArticles } from '../../src/elements/related-articles/related-articles.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { expectNothingThrown, fixture, freshStore, shadow, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/**
 * Issue 11, item 1, the rule behind it: whatever goes wrong while an element draws its articles,
 * it ends in a final state (here `error`) and says so with civic-error; it never stays `loading`.
 * Each element gets a subclass whose drawing throws, as a parse refused by a page's Trusted Types
 * once did, for articles from a feed and for articles set directly.
 */
const classes = {
  'civic-article-list': CivicArticleList,
  'civic-article-card': CivicArticleCard,
  'civic-article': CivicArticle,
  'civic-related-articles': CivicRelatedArticles,
};

for (const [tag, Base] of Object.entries(classes)) {
  const broken = `${tag}-broken-draw`;
  if (!customElements.get(broken)) {
    customElements.define(
      broken,
      class extends (Base as unknown as typeof CivicArticleList) {
        protected override renderArticles(): never {
          throw new TypeError("Failed to execute 'setAttribute' on 'Element': This document requires 'TrustedScriptURL' assignment.");
        }
      } as unknown as CustomElementConstructor,
    );
  }

  describe(`<${tag}>`, () => {
    beforeEach(freshStore);
    expectNothingThrown();

    describe('when drawing the articles of a feed throws', () => {
      it('ends in error, fires civic-error with code parse, and offers Retry', async () => {
        const el = document.createElement(broken) as CivicFeedElement;
        el.setAttribute('lang', 'en');
        el.setAttribute('for', 'a2');
        el.setAttribute('src', fixture('feed.json'));
        const errored = oneEvent(el, 'civic-error');
        await render(html`<div>${el}</div>`);
        const event = await errored;
        expect(event.detail.code).to.equal('parse');
        await until(el, 'error');
        expect(shadow(el).querySelector('[role="status"]')!.textContent).to.match(/\S/);
        expect(shadow(el).querySelector('[part="retry"]')).to.exist;
        expect(shadow(el).querySelector('.skeleton')).to.be.null;
        await expect(el).to.be.accessible();
      });
    });

    describe('when drawing articles set directly throws', () => {
      it('ends in error too', async () => {
        const el = document.createElement(broken) as CivicFeedElement;
        el.articles = [{ id: 'x', url: 'https://example.org/x', title: 'X', lead: '', authors: [], tags: [] }];
        const errored = oneEvent(el, 'civic-error');
        await render(html`<div>${el}</div>`);
        expect((await errored).detail.code).to.equal('parse');
        await until(el, 'error');
      });
    });
  });
}
