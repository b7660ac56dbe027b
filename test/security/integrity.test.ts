import { expect } from '@open-wc/testing';
import { hits, unique } from '../helpers.js';
import { settle } from './harness.js';
import { fetched, openPage, type Page } from './pages.js';

/**
 * The script-tag bundle as a webmaster pins it: `<script src=".../civic-news-widgets@1/dist/
 * civic-news.min.js" integrity crossorigin>` (route /__test/cdn, test/server/routes.mjs). The
 * sanitizer it loads later must be checked just as strictly, since the page's hash cannot
 * cover it.
 */
describe('integrity of what the script tag loads after it', function () {
  this.timeout(30_000);
  const pages: Page[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  const open = async (label: 'good' | 'tampered' | 'swap', lang = 'pl') => {
    const key = unique(label);
    const page = await openPage('fixture', '', ['civic-article'], `/__test/cdn/${label}-${key}/page.html?lang=${lang}`);
    pages.push(page);
    await settle(page.doc);
    const body = page.elements[0].shadowRoot!.querySelector('[part="body"]')!;
    return { page, key, body, win: page.win as Page['win'] & { __civicTampered?: boolean; __civicWarnings: string[] } };
  };
  const LANGUAGES = ['uk', 'de', 'cs'];
  const langFiles = (page: Page) => fetched(page.win).filter((path) => path.includes('civic-news-lang-'));
  const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

  it('dist/integrity.json holds the sha384 of each file a page downloads, and the bundle loads with it', async () => {
    const manifest = await (await fetch('/dist/integrity.json')).json();
    const names = [
      'civic-news.min.js',
      'civic-news-core.min.js',
      'civic-news-article.min.js',
      'civic-news-xml.min.js',
      'civic-news-sanitizer.min.js',
      ...LANGUAGES.map((lang) => `civic-news-lang-${lang}.min.js`),
      'civic-news-related.min.js',
    ];
    expect(Object.keys(manifest.files).sort()).to.deep.equal([...names].sort());
    for (const name of names) {
      const bytes = await (await fetch(`/dist/${name}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(manifest.files[name], name).to.equal(`sha384-${digest}`);
    }
    const { page, key, body } = await open('good');
    expect(body.querySelector('table caption')!.textContent).to.equal('Godziny otwarcia');
    expect(await hits(`${key}:civic-news-sanitizer.min.js`)).to.equal(1);
    expect(page.win.__civicErrors).to.deep.equal([]);
    expect(page.win.__civicViolations).to.deep.equal([]);
  });

  it('loads the sanitizer of its own release: a CDN range (@1) becomes the exact version', async () => {
    const { page, key } = await open('good');
    const { version } = await (await fetch('/package.json')).json();
    expect(fetched(page.win).filter((path) => path.includes('sanitizer'))).to.deep.equal([
      `/__test/cdn/good-${key}/civic-news-widgets@${version}/dist/civic-news-sanitizer.min.js`,
    ]);
  });

  it('refuses a sanitizer that is not the file it was built with: the article shows without its body', async function () {
    // WebKit (WebKitGTK 2.50) fires `load` for a `modulepreload` whose bytes fail its `integrity`
    // and runs them: the check is not enforced there (README, Getting the script). Skipped, not
    // passed, so the gap stays visible in the counts.
    if (isWebKit) this.skip();
    const { page, key, body, win } = await open('tampered');
    expect(await hits(`${key}:civic-news-sanitizer.min.js`)).to.equal(1);
    expect(win.__civicTampered).to.be.undefined;
    expect(body.textContent).to.equal('Nie udało się tu pokazać treści artykułu. Przeczytasz ją na stronie wydawcy.');
    expect(page.elements[0].getAttribute('state')).to.equal('ready');
  });

  it('runs the very bytes it checked: the import after the check fetches nothing again', async () => {
    const { key, body, win } = await open('swap');
    expect(body.querySelector('table caption')!.textContent).to.equal('Godziny otwarcia');
    expect(win.__civicTampered).to.be.undefined;
    expect(await hits(`${key}:civic-news-sanitizer.min.js`)).to.equal(1);
  });

  describe('languages (issue 14): only the one the page is in, checked like the sanitizer', () => {
    /** Until `ready()` holds, checked whenever the element's shadow tree changes (8 s at most). */
    const rendered = (host: Element, ready: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        if (ready()) return resolve();
        const timer = setTimeout(() => (observer.disconnect(), reject(new Error('not rendered in time'))), 8000);
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(host.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    /** Until the page has logged a console warning (8 s at most). */
    const warned = (win: Window & { __civicWarnings: string[] }) =>
      new Promise<void>((resolve, reject) => {
        if (win.__civicWarnings.length) return resolve();
        const timer = setTimeout(() => reject(new Error('no warning')), 8000);
        win.addEventListener('civic-test-warning', () => (clearTimeout(timer), resolve()), { once: true });
      });
    const readOriginal = (page: Page) => page.elements[0].shadowRoot!.querySelector('.original a > span')!;

    it('a page in Polish downloads no language file', async () => {
      const { page, key, body } = await open('good', 'pl');
      // The body came with the sanitizer, which loads after the first render: a language would
      // have been asked for by then.
      expect(body.querySelector('table caption')!.textContent).to.equal('Godziny otwarcia');
      expect(langFiles(page)).to.deep.equal([]);
      for (const lang of LANGUAGES) expect(await hits(`${key}:civic-news-lang-${lang}.min.js`), lang).to.equal(0);
      expect(readOriginal(page).textContent).to.equal('Czytaj na stronie wydawcy');
    });

    it('a page in Ukrainian downloads exactly the uk file of its release and shows Ukrainian', async () => {
      const { page, key, win } = await open('good', 'uk');
      await rendered(page.elements[0], () => readOriginal(page)?.textContent === 'Читати на сайті видавця');
      expect(readOriginal(page).getAttribute('lang')).to.equal('uk');
      const { version } = await (await fetch('/package.json')).json();
      expect(langFiles(page)).to.deep.equal([`/__test/cdn/good-${key}/civic-news-widgets@${version}/dist/civic-news-lang-uk.min.js`]);
      expect(await hits(`${key}:civic-news-lang-uk.min.js`)).to.equal(1);
      expect(await hits(`${key}:civic-news-lang-de.min.js`)).to.equal(0);
      expect(await hits(`${key}:civic-news-lang-cs.min.js`)).to.equal(0);
      expect(win.__civicWarnings).to.deep.equal([]);
      expect(win.__civicErrors).to.deep.equal([]);
    });

    it('refuses a language file that is not the one it was built with: English, one warning, no crash', async function () {
      // WebKit runs a `modulepreload` that fails its `integrity` (see the sanitizer's test above).
      if (isWebKit) this.skip();
      const { page, key, win } = await open('tampered', 'uk');
      await warned(win);
      expect(await hits(`${key}:civic-news-lang-uk.min.js`)).to.equal(1);
      expect(win.__civicTampered).to.be.undefined;
      // The sanitizer of this release is tampered too, and says so in its own warning.
      expect(win.__civicWarnings.filter((warning) => warning.includes('strings'))).to.deep.equal([
        'civic-news: the "uk" strings could not be loaded; English is shown.',
      ]);
      await page.elements[0].updateComplete;
      expect(readOriginal(page).textContent).to.equal("Read on the publisher's site");
      expect(readOriginal(page).getAttribute('lang')).to.equal('en');
      expect(page.elements[0].getAttribute('state')).to.equal('ready');
      expect(win.__civicErrors).to.deep.equal([]);
      // A site's own strings still apply, on top of English (this once waited forever for uk).
      (win as unknown as { CivicNews: { registerLanguage: (lang: string, strings: object) => void } }).CivicNews.registerLanguage('uk', {
        readOriginal: 'Читати на сайті',
      });
      await rendered(page.elements[0], () => readOriginal(page).textContent === 'Читати на сайті');
      expect(readOriginal(page).getAttribute('lang')).to.equal('uk');
    });
  });
});
