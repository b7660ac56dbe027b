import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/define/article.js';
import type { CivicArticle } from '../../src/elements/article/article.js';
import type { Article } from '../../src/model/article.js';
import { fixture, freshStore, shadow, until, warmAxe } from '../helpers.js';
import { describeMainThread } from '../main-thread.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/** An article element with its attributes set before it connects, as in a page's HTML. */
async function article(attrs: Record<string, string>): Promise<CivicArticle> {
  const el = document.createElement('civic-article');
  if (!('lang' in attrs)) el.setAttribute('lang', 'pl');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await render(html`<div>${el}</div>`);
  return el;
}

const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
/** What a selector finds, by tag name: a failed assertion on a DOM node itself brings the test browser down. */
const found = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => e.localName);
const body = (el: Element) => part(el, 'body')!;
const feedUrl = new URL(fixture('article.json'), location.href).href;
const articleUrl = new URL('aktualnosci/nowy-plac-zabaw', feedUrl).href;
const longDate = (iso: string, lang = 'pl') => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

describe('<civic-article>', () => {
  beforeEach(freshStore);
  afterEach(() => {
    expect((window as { __pwned?: number }).__pwned, 'no payload ran').to.be.undefined;
  });

  describe('when the feed has the article', () => {
    it('labels one author "Autor" and several "Autorzy"', async () => {
      const el = document.createElement('civic-article');
      el.setAttribute('lang', 'pl');
      el.articles = [{ id: 'one', url: 'https://e.example/one', title: 'Jeden autor', lead: '', authors: ['abk'], tags: [] }];
      document.body.append(el);
      await el.updateComplete;
      expect(part(el, 'meta')!.querySelector('dt')!.textContent).to.equal('Autor');
      el.articles = [{ id: 'two', url: 'https://e.example/two', title: 'Dwóch autorów', lead: '', authors: ['abk', 'mk'], tags: [] }];
      await el.updateComplete;
      expect(part(el, 'meta')!.querySelector('dt')!.textContent).to.equal('Autorzy');
      el.remove();
    });

    it('shows title, lead, figure, body, authors, dates, tags and the link to the original', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac' });
      await until(el, 'ready');
      const root = shadow(el);
      expect(root.querySelector('h2[part="title"]')!.textContent!.trim()).to.equal('Nowy plac zabaw na osiedlu Słonecznym');
      expect(part(el, 'lead')!.textContent).to.equal('Dzieci mogą już korzystać z huśtawek, piaskownicy i zjeżdżalni.');
      const figure = root.querySelector('figure[part="media"]')!;
      const img = figure.querySelector('img[part="image"]') as HTMLImageElement;
      expect(img.src).to.equal(new URL('img/plac.svg', feedUrl).href);
      expect(img.alt).to.equal('Kolorowy plac zabaw');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['800', '450']);
      const caption = figure.querySelector('figcaption')!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Plac zabaw przy ulicy Słonecznej fot. UM');
      expect(caption.querySelector('[part="credit"]')!.textContent).to.equal('fot. UM');
      const meta = part(el, 'meta')!;
      expect(Array.from(meta.querySelectorAll('dt')).map((dt) => dt.textContent)).to.deep.equal(['Autorzy', 'Opublikowano', 'Zaktualizowano']);
      expect(meta.querySelector('dd')!.textContent).to.equal('Anna Kowalska, Jan Nowak');
      const times = Array.from(meta.querySelectorAll('time'));
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-11-20T08:00:00.000Z', '2026-11-22T11:00:00.000Z']);
      expect(times.map((t) => t.textContent)).to.deep.equal([longDate('2026-11-20T08:00:00Z'), longDate('2026-11-22T11:00:00Z')]);
      expect(Array.from(root.querySelectorAll('[part="tags"] li')).map((li) => li.textContent)).to.deep.equal(['dzieci', 'zieleń']);
      expect(root.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Tagi');
      const original = part(el, 'link') as HTMLAnchorElement;
      expect(original.href).to.equal(articleUrl);
      expect(original.textContent!.trim()).to.equal('Czytaj na stronie wydawcy');
      expect(body(el).querySelectorAll('p').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
    });

    it('shows the newest article without article-id, and finds one by its URL', async () => {
      const el = await article({ src: fixture('article.json') });
      await until(el, 'ready');
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Nowy plac zabaw na osiedlu Słonecznym');
      el.articleId = `${articleUrl.replace('nowy-plac-zabaw', 'bez-tresci')}?utm_source=newsletter`;
      await el.updateComplete;
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Komunikat bez treści');
    });

    it('moves body headings below the title, keeping their order of rank', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac' });
      await until(el, 'ready');
      const levels = () => Array.from(body(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.localName);
      expect(levels()).to.deep.equal(['h3', 'h4', 'h3']);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(found(shadow(el), 'h4[part="title"]')).to.deep.equal(['h4']);
      expect(levels()).to.deep.equal(['h5', 'h6', 'h5']);
      el.headingLevel = 1;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['h2', 'h3', 'h2']);
    });

    it('moves headings up too when the body starts deeper than needed', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-en', lang: 'en' });
      await until(el, 'ready');
      expect(Array.from(body(el).querySelectorAll('h3, h4')).map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal(['h3 New hours', 'h4 Weekends']);
    });

    it('resolves body links and images against the article URL, with rel and lazy loading', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac' });
      await until(el, 'ready');
      const links = Array.from(body(el).querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent]);
      expect(links).to.deep.equal([
        [new URL('../mapa?dzielnica=sloneczne#plac', articleUrl).href, 'noopener noreferrer', 'mapę dzielnicy'],
        ['mailto:zielen@przykladowo.example.org', 'noopener noreferrer', 'zielen@przykladowo.example.org'],
        ['tel:+48123456789', 'noopener noreferrer', '12 345 67 89'],
        // javascript: and data: lose their href; the words stay, as plain text.
        [null, null, 'Nie klikaj'],
        [null, null, 'Ani tu'],
      ]);
      const img = body(el).querySelector('figure img') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(new URL('../img/plac.svg', articleUrl).href);
      expect([img.getAttribute('loading'), img.getAttribute('decoding'), img.alt]).to.deep.equal(['lazy', 'async', 'Zjeżdżalnia na nowym placu']);
      expect(body(el).querySelector('figcaption')!.textContent).to.equal('Zjeżdżalnia');
    });

    it('keeps lists, quotes, simple tables and inline semantics, and removes everything else', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac' });
      await until(el, 'ready');
      const b = body(el);
      expect(b.querySelector('ol')!.getAttribute('start')).to.equal('3');
      expect(b.querySelectorAll('ul > li')).to.have.length(3);
      expect(b.querySelector('blockquote p')!.textContent).to.contain('Czekaliśmy');
      expect(b.querySelector('blockquote')!.hasAttribute('cite')).to.be.false;
      expect(b.querySelector('table caption')!.textContent).to.equal('Godziny otwarcia');
      expect(b.querySelector('th')!.getAttribute('scope')).to.equal('col');
      const weekend = Array.from(b.querySelectorAll('td')).find((td) => td.textContent!.startsWith('weekend'))!;
      expect([weekend.getAttribute('colspan'), weekend.hasAttribute('rowspan')]).to.deep.equal(['2', false]);
      expect(b.querySelector('abbr')!.getAttribute('title')).to.equal('Zarząd Zieleni Miejskiej');
      expect(b.querySelector('strong')!.textContent).to.equal('Ważne:');
      expect(found(b, 'script, style, iframe, form, input, button, svg, math, object, embed, base, meta')).to.deep.equal([]);
      for (const element of Array.from(b.querySelectorAll('*'))) {
        const names = element.getAttributeNames();
        expect(
          names.filter((n) => n.startsWith('on') || n === 'style' || n === 'id'),
          element.localName,
        ).to.deep.equal([]);
        // The only class is the one the sanitizer itself gives the new-tab hint.
        if (names.includes('class')) expect(element.className).to.equal('visually-hidden');
      }
      // Text of removed elements that is harmless as text stays readable.
      expect(b.textContent).to.contain('Szukaj');
      expect(b.textContent).not.to.contain('color: red');
      expect(b.textContent).not.to.contain('__pwned');
    });

    it('passes the element target to body links and the original link, and says they open a new tab', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac', target: '_blank' });
      await until(el, 'ready');
      const link = body(el).querySelector('a[href]')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.textContent).to.equal('mapę dzielnicy (otwiera się w nowej karcie)');
      expect(link.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      const original = part(el, 'link')!;
      expect([original.getAttribute('target'), original.getAttribute('rel')]).to.deep.equal(['_blank', 'noopener noreferrer']);
      expect(original.textContent).to.equal('Czytaj na stronie wydawcy (otwiera się w nowej karcie)');
    });

    it('writes the credit in English as "Photo: …", with an empty alt for a decorative picture', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-en', lang: 'en' });
      await until(el, 'ready');
      expect(part(el, 'credit')!.textContent).to.equal('Photo: City Hall');
      expect((part(el, 'image') as HTMLImageElement).getAttribute('alt')).to.equal('');
      expect(part(el, 'article')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'link')!.textContent!.trim()).to.equal("Read on the publisher's site");
      await expect(el).to.be.accessible();
    });

    it('hides the parts named in hide', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac', hide: 'image tags author date lead' });
      await until(el, 'ready');
      expect(found(shadow(el), 'figure[part="media"], [part="tags"], [part="meta"], [part="lead"]')).to.deep.equal([]);
      expect(found(body(el), 'p').length).to.be.greaterThan(3);
    });

    it('shows an article without a body as title, lead and link only', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-bez-tresci' });
      await until(el, 'ready');
      expect(found(shadow(el), '[part~="body"]')).to.deep.equal([]);
      expect(part(el, 'lead')!.textContent).to.equal('Sam lead, bez treści artykułu.');
      expect(found(shadow(el), '[part="link"]')).to.deep.equal(['a']);
      await expect(el).to.be.accessible();
    });

    it('fires civic-load once the body is on screen', async () => {
      const el = document.createElement('civic-article');
      el.setAttribute('lang', 'pl');
      el.setAttribute('src', fixture('article.json'));
      const loaded = oneEvent(el, 'civic-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.articles.map((a: Article) => a.id)).to.deep.equal(['art-plac']);
      expect(found(body(el), 'table')).to.deep.equal(['table']);
      el.remove();
    });

    it('fires a cancelable civic-article-click from the link to the original', async () => {
      const el = await article({ src: fixture('article.json'), 'article-id': 'art-plac' });
      await until(el, 'ready');
      el.addEventListener('civic-article-click', (event) => event.preventDefault(), { once: true });
      const clicked = oneEvent(el, 'civic-article-click');
      (part(el, 'link') as HTMLAnchorElement).click();
      const event = await clicked;
      expect(event.detail.article.id).to.equal('art-plac');
      expect(event.defaultPrevented).to.be.true;
    });
  });

  describe('when articles are set directly', () => {
    it('renders the body through the sanitizer, with no fetch', async () => {
      const el = await article({});
      el.articles = [
        {
          id: 'x',
          url: 'https://gmina.example.org/wiadomosci/x',
          title: 'Tytuł',
          lead: '',
          authors: [],
          tags: [],
          contentHtml:
            '<p id="a" onmouseover="window.__pwned=1">Akapit <a href="/kontakt">kontakt</a></p><img src="javascript:window.__pwned=1"><img src=x onerror="window.__pwned=1">',
        },
      ];
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      const p = body(el).querySelector('p')!;
      expect(p.getAttributeNames()).to.deep.equal([]);
      expect(p.querySelector('a')!.getAttribute('href')).to.equal('https://gmina.example.org/kontakt');
      const imgs = Array.from(body(el).querySelectorAll('img'));
      expect(imgs.map((img) => [img.getAttribute('src'), img.getAttributeNames().sort()])).to.deep.equal([
        ['https://gmina.example.org/wiadomosci/x', ['alt', 'decoding', 'loading', 'src']],
      ]);
    });
  });

  describeMainThread('when the body is too large or too deep', () => {
    for (const [name, html] of [
      ['2 MB of paragraphs', '<p>Akapit z <a href="x">odnośnikiem</a> i <b>pogrubieniem</b>, dość długi, by coś ważyć.</p>'.repeat(24_000)],
      ['nested 10,000 levels deep', `${'<div>'.repeat(10_000)}środek${'</div>'.repeat(10_000)}`],
    ]) {
      it(`${name}: says so within two seconds, keeps the rest, and fires civic-error`, async () => {
        if (name.startsWith('2 MB')) expect(html.length).to.be.greaterThan(2_000_000);
        const el = await article({});
        // Warm: the sanitizer's first load is not what is measured here.
        el.articles = [{ id: 'w', url: 'https://gmina.example.org/w', title: 'W', lead: '', authors: [], tags: [], contentHtml: '<p>w</p>' }];
        await el.updateComplete;
        const longest = longestTask();
        const start = performance.now();
        const failed = oneEvent(el, 'civic-error');
        el.articles = [{ id: 'big', url: 'https://gmina.example.org/big', title: 'Duży', lead: 'Lead zostaje.', authors: [], tags: [], contentHtml: html }];
        await el.updateComplete;
        const event = await failed;
        const elapsed = performance.now() - start;
        expect(elapsed, 'ms until the reader is told').to.be.lessThan(2000);
        expect(event.detail.code).to.equal('parse');
        expect(body(el).textContent).to.equal('Nie udało się tu pokazać treści artykułu. Przeczytasz ją na stronie wydawcy.');
        expect(part(el, 'lead')!.textContent).to.equal('Lead zostaje.');
        expect(found(shadow(el), '[part="link"]')).to.deep.equal(['a']);
        expect(el.getAttribute('state')).to.equal('ready');
        expect(await longest(), 'longest task (ms)').to.be.lessThan(1000);
        await expect(el).to.be.accessible();
      });
    }

    it('renders a long but real body (2,000 paragraphs, 8,000 elements) within two seconds', async () => {
      const el = await article({});
      el.articles = [{ id: 'w', url: 'https://gmina.example.org/w', title: 'W', lead: '', authors: [], tags: [], contentHtml: '<p>w</p>' }];
      await el.updateComplete;
      const start = performance.now();
      el.articles = [
        {
          id: 'long',
          url: 'https://gmina.example.org/long',
          title: 'Długi',
          lead: '',
          authors: [],
          tags: [],
          contentHtml: '<p>Akapit <a href="x">z odnośnikiem</a> i <b>pogrubieniem</b>.</p>'.repeat(2000),
        },
      ];
      await el.updateComplete;
      el.getBoundingClientRect();
      expect(performance.now() - start).to.be.lessThan(2000);
      expect(body(el).querySelectorAll('p')).to.have.length(2000);
    });
  });

  describe('while loading and on error', () => {
    it('is accessible while loading, when empty, and on error', async () => {
      const loading = await article({ src: fixture('article.json', { delay: 300 }) });
      expect(loading.getAttribute('state')).to.equal('loading');
      await expect(loading).to.be.accessible();
      const empty = await article({ src: fixture('article.json'), 'article-id': 'nie-ma' });
      await until(empty, 'empty');
      await expect(empty).to.be.accessible();
      const error = await article({ src: fixture('truncated.json') });
      await until(error, 'error');
      await expect(error).to.be.accessible();
    });
  });
});

/** Watches long tasks from now on; the returned function stops and gives the longest (ms). */
function longestTask(): () => Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return async () => {
    // Entries are delivered after the task ends: one frame later they are in.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  };
}
