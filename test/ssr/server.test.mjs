// The package on a server (issue 16): Astro, Next.js and Nuxt import modules in Node, and a
// city's news in the first HTML is better for readers and search engines. Every entry point
// imports without throwing; parseFeed reads every format (XML with a DOMParser the server
// gives, here linkedom's); related ranking runs; Lit SSR renders the elements' articles into
// declarative shadow DOM (the browser half of the round trip: test/elements/ssr.test.ts).
// Runs against the built package (dist/), as `npm test` builds it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const fixture = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const corpus = (path) => readFileSync(new URL(`../corpora/${path}`, import.meta.url));

describe('importing the package in Node', () => {
  // Each ES module entry of package.json's exports (the classic script is for <script> only).
  const entries = Object.entries(pkg.exports)
    .filter(([, target]) => {
      const file = typeof target === 'string' ? target : target.default;
      return file?.endsWith('.js') && !file.endsWith('.min.js');
    })
    .map(([key]) => `${pkg.name}${key.slice(1)}`);

  it('lists the entries it checks', () => {
    assert.ok(
      entries.includes('civic-news-widgets') && entries.includes('civic-news-widgets/all.js') && entries.includes('civic-news-widgets/internal'),
      entries.join(', '),
    );
  });

  for (const entry of entries) {
    it(`imports ${entry} without throwing, in a fresh process`, () => {
      // A fresh Node each time: one entry's globals must not hide another's crash.
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)}); console.log('imported');`], {
        cwd: new URL('../..', import.meta.url),
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /imported/);
    });
  }
});

describe('parseFeed in Node', () => {
  it('reads JSON Feed and WordPress with no DOM at all', async () => {
    const { parseFeed } = await import('civic-news-widgets');
    const json = parseFeed({ body: fixture('feed.json'), url: 'https://miasto.example.org/feed.json' });
    assert.equal(json.format, 'json-feed');
    assert.equal(json.articles[0].title, 'Zmiana organizacji ruchu na ulicy Długiej');
    const wp = parseFeed({ body: corpus('wordpress-rest-api/wordpress-core/PostsCollection.json'), url: 'http://example.org/wp-json/wp/v2/posts' });
    assert.equal(wp.format, 'wordpress');
    assert.equal(wp.articles[0].title, 'REST API Client Fixture: Post');
  });

  it('says what is missing when an XML feed meets no DOMParser', () => {
    // A fresh process: the test below gives this one a DOMParser.
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { parseFeed } from 'civic-news-widgets'; try { parseFeed({ body: '<rss version="2.0"><channel></channel></rss>' }); } catch (e) { console.log(e.code, e.message); }`,
      ],
      { cwd: new URL('../..', import.meta.url), encoding: 'utf8' },
    );
    assert.match(result.stdout, /^parse .*DOMParser is not defined/);
  });

  it('reads RSS, RSS 1.0 and Atom with a DOMParser from linkedom', async () => {
    const { DOMParser } = await import('linkedom');
    globalThis.DOMParser = DOMParser;
    const { parseFeed } = await import('civic-news-widgets');
    // The same articles the browser tests expect of these fixtures (test/feeds/rss.test.ts, atom.test.ts).
    const rss = parseFeed({ body: fixture('feeds/gmina-1250.xml'), contentType: 'application/rss+xml', url: 'https://gmina.example.pl/rss' });
    assert.equal(rss.format, 'rss');
    assert.deepEqual(
      rss.articles.map((a) => a.title),
      ['Ważne: zmiana godzin pracy urzędu & kasy', 'Dożynki gminne w Zielonej Górce', '', 'Wynik 3 < 5 i turniej <<<Orlik>>> wygrany'],
    );
    assert.equal(rss.articles[0].published, '2026-11-03T09:15:00.000Z');
    const atom = parseFeed({ body: fixture('feeds/powiat.atom'), contentType: 'application/atom+xml', url: 'https://example.org/feed' });
    assert.equal(atom.format, 'atom');
    assert.equal(atom.articles[0].lead, 'Most będzie zamknięty przez <b>dwa tygodnie</b>.');
    assert.equal(atom.articles[0].url, 'https://example.org/wiadomosci/most');
    const rdf = parseFeed({ body: fixture('feeds/bip.rdf'), url: 'https://bip.example.pl/rss' });
    assert.equal(rdf.format, 'rss');
    assert.ok(rdf.articles.length > 0);
  });
});

describe('related ranking in Node', () => {
  it('ranks the related articles of a feed', async () => {
    const { parseFeed, buildIndex, findRelated } = await import('civic-news-widgets');
    const { articles } = parseFeed({ body: fixture('related/feed.json'), url: 'https://miasto.example.org/feed.json' });
    const result = findRelated(buildIndex(articles), { key: articles[0].id, limit: 3 });
    assert.equal(result.target?.id, articles[0].id);
    assert.equal(result.picks.length, 3);
    assert.ok(result.picks.every((pick) => pick.article.id !== articles[0].id));
  });
});

describe('Lit SSR', () => {
  it('renders the articles of a list and a card into declarative shadow DOM', async () => {
    const { renderWidgets } = await import('../server/ssr.mjs');
    const { html, articles } = await renderWidgets();
    const roots = html.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
    assert.equal(roots.length, 2);
    const [list, card] = html.split('<civic-article-card').map((part) => part.replace(/<!--[^>]*-->|<\?>/g, ''));
    for (const article of articles.slice(0, 3)) assert.ok(list.includes(`href="${article.url}"`), article.url);
    assert.ok(!list.includes(`href="${articles[3].url}"`), 'limit="3"');
    assert.match(card, /Najstarszy artykuł/);
    assert.match(list, /<h2 [^>]*part="heading"[^>]*>Aktualności<\/h2>/);
  });
});
