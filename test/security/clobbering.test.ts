import { expect } from '@open-wc/testing';
import { hits } from '../helpers.js';
import { fetched, openPage, type Page } from './pages.js';

type ClobberedWindow = Page['win'] & { __evilRan?: number };

/** Serves a page whose markup before the script tag clobbers `document.currentScript`. */
async function clobberedPage(name: string, markup: string): Promise<Page> {
  const html = `<!doctype html>
<html lang="pl">
  <head>
    <meta charset="utf-8" />
    <title>DOM clobbering before the script tag</title>
    <script src="/__test/fixture/pages/violations.js"></script>
  </head>
  <body>
    ${markup}
    <script src="/dist/civic-news.min.js" defer></script>
    <civic-article src="/__test/fixture/article.json" article-id="art-plac"></civic-article>
  </body>
</html>`;
  await fetch(`/__test/store/${name}`, { method: 'POST', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html });
  return openPage('fixture', '', ['civic-article'], `/__test/store/${name}`);
}

// Another origin for the same test server: localhost is not 127.0.0.1 to the browser.
const otherOrigin = () => `http://localhost:${location.port}`;

describe('dist/civic-news.min.js on a page whose markup clobbers document.currentScript', function () {
  this.timeout(30_000);
  const pages: Page[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  const cases: [string, () => string][] = [
    ['an <img name="currentScript"> pointing at another origin', () => `<img name="currentScript" src="${otherOrigin()}/__test/evil/x.png" alt="" />`],
    ['an <img name="currentScript"> pointing at another path', () => `<img name="currentScript" src="/__test/evil/x.png" alt="" />`],
    ['an <embed name="currentScript">', () => `<embed name="currentScript" src="/__test/evil/x.js" type="text/plain" />`],
    [
      'an <img id="currentScript" name="currentScript"> and a decoy script tag',
      () =>
        `<img id="currentScript" name="currentScript" src="/__test/evil/" alt="" /><script type="text/plain" src="/__test/evil/civic-news.min.js"></script>`,
    ],
  ];

  for (const [name, markup] of cases) {
    it(`loads the sanitizer from beside the real script, not from ${name}`, async () => {
      const before = await hits('evil');
      const page = await clobberedPage(`clobber-${pages.length}-${Date.now()}.html`, markup());
      pages.push(page);
      const win = page.win as ClobberedWindow;
      // The clobbering works on the page: the test would prove nothing otherwise.
      expect((page.doc as unknown as Record<string, unknown>).currentScript).to.not.be.null.and.not.be.instanceOf(
        (win as unknown as typeof globalThis).HTMLScriptElement,
      );
      const [article] = page.elements;
      expect(article.getAttribute('state')).to.equal('ready');
      expect(article.shadowRoot!.querySelector('[part="body"] table'), 'the real sanitizer rendered the body').to.exist;
      expect(fetched(win).filter((path) => path.includes('sanitizer'))).to.deep.equal(['/dist/civic-news-sanitizer.min.js']);
      expect(win.__evilRan).to.be.undefined;
      // Asked for by no one, from either origin (the server counts what the browser's timeline may miss).
      expect((await hits('evil')) - before).to.equal(0);
      expect(win.__civicErrors).to.deep.equal([]);
    });
  }
});
