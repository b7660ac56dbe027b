import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/define/article.js';
import '../../src/define/article-list.js';
import '../../src/define/related-articles.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import type { CivicErrorEvent, CivicLoadEvent } from '../../src/events.js';
import type { Article } from '../../src/model/article.js';
import { upgradePlaceholders } from '../../src/placeholders.js';
import { fixture, freshStore, shadow, until, warmAxe } from '../helpers.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/** A list with its attributes set before it connects, as in a page's HTML. */
async function list(attrs: Record<string, string>, content = ''): Promise<CivicArticleList> {
  const host = await render<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('civic-article-list');
  el.setAttribute('lang', 'pl');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  // What a city puts inside for readers without the script: real markup, as a page has it.
  if (content) el.append(document.createRange().createContextualFragment(content));
  host.append(el);
  return el;
}

const titles = (el: Element) => Array.from(shadow(el).querySelectorAll('[part="title"]')).map((h) => h.textContent!.trim());
const city = fixture('editors/city.json');
const association = fixture('editors/association.rss');

/** Presses "more news" and waits until what it loads is on screen. */
async function pressMore(el: CivicArticleList): Promise<void> {
  const before = titles(el).length;
  const button = shadow(el).querySelector<HTMLButtonElement>('[part="more-button"]');
  expect(button, 'the more button').to.exist;
  button!.click();
  const deadline = Date.now() + 8000;
  while (titles(el).length === before && Date.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

describe("editors' controls", () => {
  beforeEach(freshStore);

  describe('when src names several feeds', () => {
    it('merges them newest first, each story once, and says where each came from', async () => {
      const el = await list({ src: `${city}\n   ${association}`, limit: '10' });
      const loaded = (await oneEvent(el, 'civic-load')) as CivicLoadEvent;
      await until(el, 'ready');
      expect(titles(el)).to.deep.equal([
        'Rada Miasta uchwaliła budżet na 2027 rok',
        'Konsultacje budżetu obywatelskiego w Puchaczowie',
        // The association's copy links the same page (http, www., a slash, utm_, a fragment).
        'Wspólny przetarg na odbiór odpadów',
        'Nowe ścieżki rowerowe wokół jeziora',
        'Festyn rodzinny na błoniach',
      ]);
      expect(loaded.detail.articles).to.have.length(5);
      const sources = Array.from(shadow(el).querySelectorAll('[part="source"]')).map((p) => p.textContent!.trim());
      expect(sources[0]).to.equal('Źródło: Urząd Miasta Łęczna');
      expect(sources[1]).to.equal('Źródło: Związek Gmin Pojezierza');
      expect((loaded.detail.articles as Article[])[1].source).to.deep.equal({ name: 'Związek Gmin Pojezierza', url: 'https://zwiazek.example.org/wiadomosci' });
      await expect(el).to.be.accessible();
    });

    it('says the source in a whole article too', async () => {
      const el = await render(html`<civic-article lang="pl" src="${city} ${association}" article-id="zg-103"></civic-article>`);
      await until(el as CivicArticleList, 'ready');
      expect(shadow(el).querySelector('[part="source"]')!.textContent!.trim()).to.equal('Źródło: Związek Gmin Pojezierza');
    });

    it('shows no source line for a single feed', async () => {
      const el = await list({ src: city });
      await until(el, 'ready');
      expect(shadow(el).querySelector('[part="source"]')).to.be.null;
    });

    it('keeps the feeds that answer when one fails, and reports the failing one with its src', async () => {
      const broken = fixture('editors/city.json', { status: 500 });
      const el = await list({ src: `${broken} ${association}` });
      const failed = (await oneEvent(el, 'civic-error')) as CivicErrorEvent;
      expect(failed.detail.src).to.equal(broken);
      expect(failed.detail.code).to.equal('http');
      await until(el, 'ready');
      expect(titles(el)).to.have.length(3);
      expect(titles(el)[0]).to.equal('Konsultacje budżetu obywatelskiego w Puchaczowie');
    });

    it('fails as one feed does when every feed fails, each reported with its src', async () => {
      const first = fixture('editors/city.json', { status: 404 });
      const second = fixture('editors/association.rss', { status: 500 });
      const el = await list({ src: `${first} ${second}` });
      const reported: string[] = [];
      el.addEventListener('civic-error', (event) => reported.push(event.detail.src));
      await until(el, 'error');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      expect(reported).to.deep.equal([first, second]);
    });

    it('lets related articles draw from several feeds', async () => {
      const el = await render(
        html`<civic-related-articles lang="pl" src="${city} ${association}" for="https://leczna.example.org/aktualnosci/rada-budzet" fallback="none"></civic-related-articles>`,
      );
      await until(el as CivicArticleList, 'ready');
      // The budget story's nearest neighbour is in the other feed.
      expect(titles(el)).to.include('Konsultacje budżetu obywatelskiego w Puchaczowie');
    });
  });

  describe('filters', () => {
    it('shows articles with any of `tags`, without case or diacritics', async () => {
      const el = await list({ src: `${city} ${association}`, tags: 'ŁĘCZNA', limit: '10' });
      await until(el, 'ready');
      // "Łęczna" and "leczna" are one tag; Puchaczów's news is not this city's.
      expect(titles(el)).to.deep.equal([
        'Rada Miasta uchwaliła budżet na 2027 rok',
        'Wspólny przetarg na odbiór odpadów',
        'Nowe ścieżki rowerowe wokół jeziora',
      ]);
    });

    it('takes a comma-separated list, and `exclude-tags` leaves articles out', async () => {
      const el = await list({ src: city, tags: 'kultura, finanse', 'exclude-tags': 'finanse', limit: '10' });
      await until(el, 'ready');
      expect(titles(el)).to.deep.equal(['Festyn rodzinny na błoniach']);
    });

    it('matches `query` in any Polish form: "budżetu" finds "budżet" and back', async () => {
      const el = await list({ src: `${city} ${association}`, query: 'budżetu', limit: '10' });
      await until(el, 'ready');
      expect(titles(el)).to.deep.equal(['Rada Miasta uchwaliła budżet na 2027 rok', 'Konsultacje budżetu obywatelskiego w Puchaczowie']);
      el.query = 'przetargi odpadami';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Wspólny przetarg na odbiór odpadów']);
    });

    it('says there is no news when nothing passes', async () => {
      const el = await list({ src: city, tags: 'sport' });
      await until(el, 'empty');
      expect(shadow(el).querySelector('[part="status"]')!.textContent).to.not.equal('');
    });
  });

  describe('more news', () => {
    it('shows the next `limit`, follows next_url, then links the news page', async () => {
      const el = await list({ src: fixture('editors/paged-1.json'), limit: '2', more: '' });
      await until(el, 'ready');
      expect(titles(el)).to.deep.equal(['Komunikat numer 1', 'Komunikat numer 2']);
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="more-button"]')!;
      expect(button.textContent!.trim()).to.equal('Więcej aktualności');

      await pressMore(el);
      // Item 3 was loaded already; item 4 is on the next page.
      expect(titles(el)).to.deep.equal(['Komunikat numer 1', 'Komunikat numer 2', 'Komunikat numer 3', 'Komunikat numer 4']);
      const links = shadow(el).querySelectorAll('[part="link"]');
      expect(shadow(el).activeElement, 'focus on the first new article').to.equal(links[2]);
      expect(shadow(el).querySelector('.more [role="status"]')!.textContent).to.equal('Pokazano więcej: 2 artykuły.');

      await pressMore(el);
      expect(titles(el)).to.have.length(6);
      expect(shadow(el).querySelector('[part="more-button"]'), 'no more pages').to.be.null;
      const home = shadow(el).querySelector<HTMLAnchorElement>('[part="news-page"]')!;
      expect(home.href).to.equal('https://miasto.example.org/komunikaty/');
      expect(home.textContent!.trim()).to.equal('Wszystkie aktualności: Komunikaty stronicowane');
      await expect(el).to.be.accessible();
    });

    it('follows WordPress pages by X-WP-TotalPages', async () => {
      const el = await list({ src: '/__test/wp-posts?per_page=2', limit: '2', more: '', lang: 'en' });
      await until(el, 'ready');
      expect(titles(el)).to.deep.equal(['Wpis WordPress 1', 'Wpis WordPress 2']);
      expect(shadow(el).querySelector('[part="more-button"]')!.textContent!.trim()).to.equal('More news');
      await pressMore(el);
      expect(titles(el)).to.deep.equal(['Wpis WordPress 1', 'Wpis WordPress 2', 'Wpis WordPress 3', 'Wpis WordPress 4']);
      // Page 2 of 2: there is no page 3 to ask for.
      expect(shadow(el).querySelector('[part="more-button"]')).to.be.null;
    });

    it('keeps the list and says so when a next page fails, reporting its address', async () => {
      const el = await list({ src: fixture('editors/paged-broken.json'), limit: '2', more: '' });
      await until(el, 'ready');
      const failed = oneEvent(el, 'civic-error');
      shadow(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
      const error = (await failed) as CivicErrorEvent;
      expect(error.detail.src).to.equal(new URL('/__test/status/503', location.href).href);
      expect(error.detail.code).to.equal('http');
      // The press ends with its sentence in the live region.
      const said = shadow(el).querySelector('.more [role="status"]')!;
      const deadline = Date.now() + 8000;
      while (!said.textContent && Date.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
      expect(titles(el)).to.have.length(2);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(said.textContent).to.equal('Serwer z wiadomościami zwrócił błąd (kod 503).');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="news-page"]')!.href).to.equal('https://miasto.example.org/komunikaty/');
    });

    it('has no button without `more`', async () => {
      const el = await list({ src: fixture('editors/paged-1.json'), limit: '2' });
      await until(el, 'ready');
      expect(shadow(el).querySelector('[part="more"]')).to.be.null;
    });
  });

  describe('lead-length and fallback-image', () => {
    it('cuts the lead at a word, after entities are decoded and without splitting an emoji', async () => {
      const el = await list({ src: association, 'lead-length': '10', limit: '10' });
      await until(el, 'ready');
      const leads = Array.from(shadow(el).querySelectorAll('[part="lead"]')).map((p) => p.textContent);
      expect(leads[2]).to.equal('Związek wybuduje 12 km ścieżek rowerowych & trzy parkingi. 🚲🚲…');
    });

    it('cuts a run without spaces at a code point, never inside a surrogate pair', async () => {
      const el = await render<CivicArticleList>(html`<civic-article-list lang="pl" lead-length="1"></civic-article-list>`);
      // 30 characters a word: 15 emoji are 30 UTF-16 units, so a naive cut at 31 would split one.
      el.articles = [{ id: 'x', url: 'https://example.org/x', title: 'x', lead: `a${'😀'.repeat(20)}`, authors: [], tags: [] }];
      await el.updateComplete;
      const lead = shadow(el).querySelector('[part="lead"]')!.textContent!;
      expect(lead).to.equal(`a${'😀'.repeat(14)}…`);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(lead), 'no lone high surrogate').to.be.false;
    });

    it('gives an article without a picture the fallback picture, as decoration', async () => {
      const el = await list({ src: city, 'fallback-image': '/__test/fixture/img/plac.svg' });
      await until(el, 'ready');
      const images = shadow(el).querySelectorAll<HTMLImageElement>('[part="image"]');
      expect(images).to.have.length(3);
      expect(images[0].getAttribute('src')).to.equal(new URL('/__test/fixture/img/plac.svg', location.href).href);
      expect(images[0].getAttribute('alt')).to.equal('');
    });
  });

  describe('content the page put inside', () => {
    const fallback = '<p><a href="https://leczna.example.org/aktualnosci/">Aktualności Łęcznej</a></p>';
    const visible = (el: Element) => (el.querySelector('a') as HTMLElement).getClientRects().length > 0;

    it('is shown while loading, replaced when ready', async () => {
      // Slow enough that "Loading…" is said at all: only loading that lasts a second is (issue 14).
      const el = await list({ src: fixture('editors/city.json', { delay: 1800 }) }, fallback);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(visible(el), 'fallback shown while loading').to.be.true;
      expect(shadow(el).querySelector('.skeleton'), 'no skeleton over it').to.be.null;
      // "Ładowanie…" is still said, but takes no room beside the fallback.
      const status = shadow(el).querySelector('[part="status"]')!;
      // The announcer speaks once loading has lasted a second (src/elements/shared/announcer.ts).
      const deadline = Date.now() + 3000;
      while (!status.textContent && Date.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
      expect(el.getAttribute('state')).to.equal('loading');
      expect(status.textContent).to.equal('Ładowanie wiadomości…');
      expect(status.getBoundingClientRect().height).to.be.at.most(1);
      await until(el, 'ready');
      expect(visible(el), 'fallback gone once ready').to.be.false;
      expect(titles(el)).to.have.length(3);
    });

    it('is shown again when the feed fails', async () => {
      const el = await list({ src: fixture('editors/city.json', { status: 503 }) }, fallback);
      await until(el, 'error');
      expect(visible(el)).to.be.true;
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
    });

    it('is replaced without moving what follows when the page reserves the height', async () => {
      const first = await list({ src: city });
      await until(first, 'ready');
      const height = first.getBoundingClientRect().height;
      first.parentElement!.remove();
      // The page reserves the widget's height, as the README recommends, in its own stylesheet.
      const style = document.createElement('style');
      style.textContent = `civic-article-list.reserved { display: block; min-height: ${height}px; }`;
      document.head.append(style);
      const el = await list({ src: fixture('editors/city.json', { delay: 300 }), class: 'reserved' }, fallback);
      const after = document.createElement('p');
      after.textContent = 'Dalsza treść strony';
      el.after(after);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(visible(el)).to.be.true;
      const before = after.getBoundingClientRect().top;
      await until(el, 'ready');
      expect(after.getBoundingClientRect().top).to.be.closeTo(before, 0.5);
      style.remove();
    });

    it('in a placeholder moves into the element', async () => {
      const host = await render<HTMLDivElement>(html`<div></div>`);
      host.append(
        document
          .createRange()
          .createContextualFragment(
            `<div data-civic-widget="article-list" data-src="${fixture('editors/city.json', { status: 500 })}" data-lang="pl">${fallback}</div>`,
          ),
      );
      const [el] = upgradePlaceholders(host) as CivicArticleList[];
      expect(el.querySelector('a')!.textContent).to.equal('Aktualności Łęcznej');
      await until(el, 'error');
      expect(visible(el)).to.be.true;
    });
  });

  it('reflects the new attributes in the placeholder allowlist', async () => {
    const host = await render<HTMLDivElement>(html`<div></div>`);
    host.append(
      document
        .createRange()
        .createContextualFragment(
          `<div data-civic-widget="article-list" data-src="${city}" data-tags="kultura" data-exclude-tags="x" data-query="festyn" data-lead-length="3" data-fallback-image="/__test/fixture/img/plac.svg" data-more=""></div>`,
        ),
    );
    const [el] = upgradePlaceholders(host) as CivicArticleList[];
    for (const name of ['tags', 'exclude-tags', 'query', 'lead-length', 'fallback-image', 'more']) expect(el.hasAttribute(name), name).to.be.true;
    await until(el, 'ready');
    expect(titles(el)).to.deep.equal(['Festyn rodzinny na błoniach']);
  });
});
