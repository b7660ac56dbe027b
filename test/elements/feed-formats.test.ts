import { expect, fixture as render, oneEvent } from '@open-wc/testing';
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import type { CivicArticleCard } from '../../src/elements/article-card/article-card.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { expectNothingThrown, fixture, freshStore, shadow, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/** A list as a webmaster writes it: src and format="auto" set before it connects. */
async function list(src: string, attrs: Record<string, string> = {}): Promise<CivicArticleList> {
  const el = document.createElement('civic-article-list');
  el.setAttribute('lang', 'pl');
  el.setAttribute('format', 'auto');
  el.setAttribute('src', src);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return render<CivicArticleList>(el);
}

const titles = (el: Element) => Array.from(shadow(el).querySelectorAll('[part="title"]'), (h) => h.textContent!.trim());
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<civic-article-list>', () => {
  beforeEach(freshStore);
  expectNothingThrown();

  describe('with format="auto" and each supported format over HTTP', () => {
    const feeds: [string, string, string][] = [
      ['RSS 2.0 in ISO-8859-2', '/__test/demo/feeds/komunikaty.rss', 'Przerwa w dostawie wody na osiedlu Słoneczne we wtorek'],
      ['Atom 1.0', '/__test/demo/feeds/wydarzenia.atom', 'Koncert kolęd w kościele św. Anny'],
      ['WordPress REST API with _embed', '/__test/demo/feeds/wordpress-posts.json', 'Nowe boisko przy Szkole Podstawowej nr 2 już otwarte'],
      ['JSON Feed 1.1', '/__test/demo/feeds/aktualnosci.json', 'Rada Miasta przyjęła projekt budżetu na 2027 rok'],
      ['RSS 1.0 (RDF)', '/__test/demo/feeds/uchwaly.rdf', 'Uchwała nr XXIV/181/2026 w sprawie zasad przyznawania stypendiów sportowych'],
    ];
    for (const [name, src, first] of feeds) {
      it(`reads ${name} and shows its newest articles with images, dates and leads`, async () => {
        const el = await list(src, { limit: '2' });
        await until(el, 'ready');
        expect(titles(el)[0]).to.equal(first);
        const article = shadow(el).querySelector('article')!;
        expect(article.querySelector('a')!.href).to.match(/^https?:\/\//);
        expect(article.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
        expect(article.querySelector('[part="lead"]')!.textContent!.length).to.be.greaterThan(20);
        if (!src.endsWith('.rdf')) expect(article.querySelector('img')!.src).to.match(/\/demo\/images\/\w+\.svg$/);
        await expect(el).to.be.accessible();
      });
    }

    for (const [name, src, first] of feeds) {
      it(`shows the newest article of ${name} as a <civic-article-card>`, async () => {
        const card = document.createElement('civic-article-card');
        card.setAttribute('lang', 'pl');
        card.setAttribute('format', 'auto');
        card.setAttribute('src', src);
        const el = await render<CivicArticleCard>(card);
        await until(el, 'ready');
        expect(titles(el)).to.deep.equal([first]);
      });
    }

    it('reads a feed whose file name and Content-Type say something else', async () => {
      const el = await list(fixture('feeds/powiat.atom', { type: 'text/plain' }));
      await until(el, 'ready');
      expect(titles(el)[0]).to.equal('Remont mostu na Wiśle & objazdy');
    });
  });

  describe('when the address is a web page that advertises its feed', () => {
    it('says so and names the feed, with code format', async () => {
      const el = document.createElement('civic-article-list');
      el.lang = 'pl';
      el.src = fixture('page.html');
      const failed = oneEvent(el, 'civic-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal('format');
      expect(status(el)).to.contain(`${location.origin}/rss/aktualnosci.xml`);
      el.remove();
    });
  });
});
