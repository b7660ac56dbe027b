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

  const open = async (label: 'good' | 'tampered' | 'swap') => {
    const key = unique(label);
    const page = await openPage('fixture', '', ['civic-article'], `/__test/cdn/${label}-${key}/page.html`);
    pages.push(page);
    await settle(page.doc);
    const body = page.elements[0].shadowRoot!.querySelector('[part="body"]')!;
    return { page, key, body, win: page.win as Page['win'] & { __civicTampered?: boolean } };
  };

  it('dist/integrity.json holds the sha384 of each file a page downloads, and the bundle loads with it', async () => {
    const manifest = await (await fetch('/dist/integrity.json')).json();
    for (const name of ['civic-news.min.js', 'civic-news-sanitizer.min.js']) {
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
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent)) this.skip();
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
});
