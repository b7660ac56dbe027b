import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/define/related-articles.js';
import type { CivicRelatedArticles, RelatedExplanation } from '../../src/elements/related-articles/related-articles.js';
import type { Article } from '../../src/model/article.js';
import { relatedIndex } from '../../src/related/related-index.js';
import { fixture, freshStore, hits, shadow, unique, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

const FEED = fixture('related/feed.json');

/** A related block with its attributes set before it connects, as in a page's HTML. */
async function related(attrs: Record<string, string>, lang = 'pl'): Promise<CivicRelatedArticles> {
  const el = document.createElement('civic-related-articles');
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return render<CivicRelatedArticles>(html`<div style="width: 40rem">${el}</div>`).then(() => el);
}

const links = (el: Element) =>
  Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('[part="title"] a')).map((a) => a.href.replace('https://miasto.example.org/aktualnosci/', ''));

describe('<civic-related-articles>', () => {
  beforeEach(freshStore);
  afterEach(() => document.head.querySelectorAll('link[rel="canonical"]').forEach((link) => link.remove()));

  describe('with a served feed and an article id', () => {
    it('shows the pinned articles first, under the localized heading, as a list of links', async () => {
      const el = await related({ src: FEED, for: 'r1' });
      await until(el, 'ready');
      const heading = shadow(el).querySelector('h2[part="heading"]')!;
      expect(heading.textContent).to.equal('Pozostałe artykuły');
      expect(shadow(el).querySelectorAll('ul[part="list"] > li[part="item"] > article h3[part="title"] > a')).to.have.length(3);
      const shown = links(el);
      expect(shown.slice(0, 2)).to.deep.equal(['r5', 'r9']);
      expect(['r2', 'r3', 'r4']).to.include(shown[2]);
      await expect(el).to.be.accessible();
    });

    it('says in civic-load which articles the publisher pinned', async () => {
      const el = document.createElement('civic-related-articles');
      el.setAttribute('src', FEED);
      el.setAttribute('for', 'r1');
      const loaded = oneEvent(el, 'civic-load');
      await render(el);
      const explained = (await loaded).detail.related as RelatedExplanation[];
      expect(explained.map((r) => [r.id, r.why])).to.deep.equal([
        ['r5', 'pinned'],
        ['r9', 'pinned'],
        [explained[2].id, 'similar'],
      ]);
      el.remove();
    });

    it('never shows the article itself, nor its copy under another id, nor one URL twice', async () => {
      const el = await related({ src: FEED, for: 'r1', limit: '20' });
      await until(el, 'ready');
      const shown = links(el);
      expect(shown).to.not.include('r1');
      expect(
        shown.some((href) => href.startsWith('http://')),
        'r10 is r1 over http with a slash',
      ).to.be.false;
      const r2 = shown.filter((href) => /\/r2\/?(\?|$)|^r2$/.test(href));
      expect(r2, 'r8 is r2 with tracking parameters').to.have.length(1);
      expect(shown).to.have.length(new Set(shown).size);
    });

    it('finds the article by a URL spelled differently (scheme, host case, slash, tracking, fragment)', async () => {
      const el = await related({ src: FEED, for: 'http://WWW.Miasto.example.org/aktualnosci/r1/?utm_source=fb&utm_medium=social#komentarze' });
      await until(el, 'ready');
      expect(links(el).slice(0, 2)).to.deep.equal(['r5', 'r9']);
    });

    it('explains each shown article in civic-load', async () => {
      const el = document.createElement('civic-related-articles');
      el.setAttribute('src', FEED);
      el.setAttribute('for', 'r2');
      el.setAttribute('limit', '3');
      const loaded = oneEvent(el, 'civic-load');
      await render(el);
      const { detail } = await loaded;
      const explained = detail.related as RelatedExplanation[];
      expect(detail.for).to.equal('r2');
      expect((detail.target as Article).id).to.equal('r2');
      expect(explained.map((r) => r.id)).to.deep.equal(detail.articles.map((a: Article) => a.id));
      expect(explained.map((r) => r.id)).to.not.include('r8');
      for (const reason of explained) {
        expect(reason.why).to.equal('similar');
        expect(reason.score).to.be.a('number').and.greaterThan(0);
        expect(reason.terms.length).to.be.greaterThan(0);
      }
      const tagged = explained.find((r) => r.id === 'r4')!;
      expect(tagged.tags).to.deep.equal(['budżet obywatelski']);
      expect(tagged.terms.some((term) => /^budże/.test(term))).to.be.true;
      el.remove();
    });

    it('marks fallbacks as such in the explanation', async () => {
      const el = document.createElement('civic-related-articles');
      el.setAttribute('src', FEED);
      el.setAttribute('for', 'r7');
      const loaded = oneEvent(el, 'civic-load');
      await render(el);
      const explained = (await loaded).detail.related as RelatedExplanation[];
      expect(explained.map((r) => [r.id, r.why])).to.deep.equal([
        ['r11', 'same-tag'],
        ['r6', 'newest'],
        ['r8', 'newest'],
      ]);
      el.remove();
    });
  });

  describe('when there is nothing to show', () => {
    it('with fallback="none" shows nothing at all: no heading, no message, no space', async () => {
      const el = await related({ src: FEED, for: 'r7', fallback: 'none' });
      await until(el, 'empty');
      // Counted, not compared to null: a failing match would put a live node in the error report.
      expect(shadow(el).querySelectorAll('[part="heading"], [part="list"], .message:not(:empty)').length).to.equal(0);
      expect(shadow(el).querySelector('[part="status"]')!.textContent!.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('with an empty feed shows nothing either', async () => {
      const el = await related({ src: fixture('empty.json'), for: 'r1' });
      await until(el, 'empty');
      expect(shadow(el).querySelectorAll('[part="heading"]').length).to.equal(0);
      expect(shadow(el).textContent!.trim()).to.equal('');
    });

    it('comes back with the heading when the article changes to one with related articles', async () => {
      const el = await related({ src: FEED, for: 'r7', fallback: 'none' });
      await until(el, 'empty');
      el.for = 'r2';
      await until(el, 'ready');
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Pozostałe artykuły');
    });
  });

  describe('fallback', () => {
    it('fills free places with the newest sharing a tag, then the newest', async () => {
      const el = await related({ src: FEED, for: 'r7' });
      await until(el, 'ready');
      expect(links(el)).to.deep.equal(['r11', 'r6', 'https://www.miasto.example.org/aktualnosci/r2/?utm_campaign=feed&fbclid=abc#komentarze']);
    });

    it('shows the newest articles when the page is not in the feed', async () => {
      const el = await related({ src: FEED });
      await until(el, 'ready');
      expect(links(el).slice(0, 2)).to.deep.equal(['r6', 'r7']);
    });
  });

  describe('attributes', () => {
    it("takes the article from the page's canonical link by default", async () => {
      const link = document.createElement('link');
      link.rel = 'canonical';
      link.href = 'https://miasto.example.org/aktualnosci/r1?utm_source=x';
      document.head.append(link);
      const el = await related({ src: FEED });
      await until(el, 'ready');
      expect(el.articleKey).to.equal(link.href);
      expect(links(el).slice(0, 2)).to.deep.equal(['r5', 'r9']);
    });

    it('falls back to the page address without a canonical link', async () => {
      const el = await related({ src: FEED });
      expect(el.articleKey).to.equal(location.href);
    });

    it('shows 3 by default and honours limit, heading, heading-level and layout', async () => {
      const el = await related({ src: FEED, for: 'r2' });
      await until(el, 'ready');
      expect(links(el)).to.have.length(3);
      el.limit = 1;
      el.heading = 'Czytaj także';
      el.headingLevel = 4;
      el.layout = 'compact';
      await el.updateComplete;
      expect(links(el)).to.have.length(1);
      expect(shadow(el).querySelector('h3[part="heading"]')!.textContent).to.equal('Czytaj także');
      expect(shadow(el).querySelectorAll('h4[part="title"]')).to.have.length(1);
      expect(el.getAttribute('layout')).to.equal('compact');
      el.heading = '';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="heading"]').length).to.equal(0);
    });

    it('says "Other articles" in English', async () => {
      const el = await related({ src: FEED, for: 'r2' }, 'en');
      await until(el, 'ready');
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Other articles');
    });

    it('works from the articles property, with no fetch', async () => {
      const el = await render<CivicRelatedArticles>(html`<civic-related-articles lang="pl" for="x1"></civic-related-articles>`);
      const loaded = oneEvent(el, 'civic-load');
      el.articles = [
        { id: 'x1', url: 'https://e.example/x1', title: 'Nowy rozkład jazdy autobusów', lead: '', authors: [], tags: [] },
        { id: 'x2', url: 'https://e.example/x2', title: 'Autobusy pojadą częściej', lead: '', authors: [], tags: [] },
        { id: 'x3', url: 'https://e.example/x3', title: 'Koncert w bibliotece', lead: '', authors: [], tags: [] },
      ] as Article[];
      const { detail } = await loaded;
      expect(detail.articles.map((a: Article) => a.id)).to.deep.equal(['x2', 'x3']);
      expect((detail.related as RelatedExplanation[]).map((r) => r.why)).to.deep.equal(['similar', 'newest']);
    });
  });

  describe('loading', () => {
    it('shares one request and one index with other elements on the page', async () => {
      const key = unique('related');
      const src = fixture('related/feed.json', { key, delay: 50 });
      const wrapper = await render(html`<div>
        <civic-related-articles src=${src} for="r1"></civic-related-articles>
        <civic-related-articles src=${src} for="r2"></civic-related-articles>
        <civic-article-list src=${src}></civic-article-list>
      </div>`);
      const [a, b] = Array.from(wrapper.querySelectorAll('civic-related-articles'));
      await Promise.all([until(a, 'ready'), until(b, 'ready')]);
      expect(await hits(key)).to.equal(1);
      expect(a.articles).to.equal(b.articles);
      expect(relatedIndex(a.articles)).to.equal(relatedIndex(b.articles));
    });

    it('shows an accessible error when the feed fails', async () => {
      const el = await related({ src: fixture('truncated.json'), for: 'r1' }, 'en');
      await until(el, 'error');
      expect(shadow(el).querySelectorAll('[part="error"]').length).to.equal(1);
      await expect(el).to.be.accessible();
    });
  });
});
