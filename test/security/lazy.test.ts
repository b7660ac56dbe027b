import { expect } from '@open-wc/testing';
// Only what a list-and-card page imports: no article element, no sanitizer.
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { fixture, freshStore, until } from '../helpers.js';
import { settle } from './harness.js';
import { fetched, openPage, type Page } from './pages.js';

const SANITIZER = /dompurify|\/sanitize\/html\.ts|civic-news-sanitizer/;

describe('readers of lists pay nothing for the sanitizer', function () {
  this.timeout(30_000);
  const pages: Page[] = [];
  beforeEach(freshStore);
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  describe('with the script-tag bundle', () => {
    it('a page of lists and cards never fetches civic-news-sanitizer.min.js', async () => {
      const page = await openPage('csp', 'lists-only.html', ['civic-article-list', 'civic-article-card', 'civic-related-articles']);
      pages.push(page);
      expect(page.elements.map((el) => el.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready']);
      await settle(page.doc);
      expect(fetched(page.win)).to.include('/dist/civic-news.min.js');
      expect(fetched(page.win).filter((path) => SANITIZER.test(path))).to.deep.equal([]);
    });

    it('a page with an article body fetches it once, however many articles it shows', async () => {
      const page = await openPage('csp', 'all-elements.html');
      pages.push(page);
      expect(fetched(page.win).filter((path) => SANITIZER.test(path))).to.deep.equal(['/dist/civic-news-sanitizer.min.js']);
    });

    it('when the sanitizer cannot be loaded, shows the rest of the article, says so, and fires civic-error', async () => {
      const page = await openPage('fixture', 'lonely.html', ['civic-article-list', 'civic-article']);
      pages.push(page);
      const [list, article] = page.elements;
      expect([list.getAttribute('state'), article.getAttribute('state')]).to.deep.equal(['ready', 'ready']);
      const root = article.shadowRoot!;
      expect(root.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Nowy plac zabaw na osiedlu Słonecznym');
      expect(root.querySelector('[part="body"]')!.textContent).to.equal('Nie udało się tu pokazać treści artykułu. Przeczytasz ją na stronie wydawcy.');
      expect(root.querySelector('[part="link"]')!.getAttribute('href')).to.match(/aktualnosci\/nowy-plac-zabaw$/);
      // Retried for the next body: a passing network failure is not remembered.
      const failed = new Promise<CustomEvent>((resolve) => article.addEventListener('civic-error', (e) => resolve(e as CustomEvent), { once: true }));
      article.setAttribute('article-id', 'art-en');
      expect((await failed).detail.code).to.equal('network');
      expect(fetched(page.win).filter((path) => path.includes('sanitizer'))).to.deep.equal([
        '/__test/lonely/civic-news-sanitizer.min.js',
        '/__test/lonely/civic-news-sanitizer.min.js',
      ]);
      expect(page.win.__civicErrors).to.deep.equal([]);
    });
  });

  describe('with the ES modules', () => {
    it('lists and cards load no sanitizer module; the first body loads it', async () => {
      const list = document.createElement('civic-article-list') as CivicFeedElement;
      list.setAttribute('src', fixture('article.json'));
      const card = document.createElement('civic-article-card') as CivicFeedElement;
      card.setAttribute('src', fixture('article.json'));
      document.body.append(list, card);
      await until(list, 'ready');
      await until(card, 'ready');
      expect(fetched(window).filter((path) => SANITIZER.test(path))).to.deep.equal([]);

      await import('../../src/define/article.js');
      const article = document.createElement('civic-article') as CivicFeedElement;
      article.setAttribute('src', fixture('article.json'));
      document.body.append(article);
      await until(article, 'ready');
      expect(!!article.shadowRoot!.querySelector('[part="body"] table')).to.be.true;
      const loaded = fetched(window).filter((path) => SANITIZER.test(path));
      expect(loaded.some((path) => path.endsWith('/src/sanitize/html.ts'))).to.be.true;
      expect(loaded.some((path) => path.includes('/dompurify/'))).to.be.true;
      list.remove();
      card.remove();
      article.remove();
    });
  });
});
