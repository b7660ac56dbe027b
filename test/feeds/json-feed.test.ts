import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feeds/parse.js';
import { parseError } from './read.js';
import { corpus, fixture } from '../helpers.js';

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.ok, url).to.be.true;
  return response.text();
}

describe('JSON Feed reader', () => {
  describe('with the project fixture', () => {
    let articles: ReturnType<typeof parseFeed>['articles'];
    before(async () => {
      articles = parseFeed({ body: await text(fixture('feed.json')), url: 'https://miasto.example.org/feed.json' }).articles;
    });

    it('keeps good items, skips items without a usable URL and duplicate ids', () => {
      expect(articles.map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a3', 'a5', 'a6']);
    });

    it('maps every field of the data model', () => {
      const [a1] = articles;
      expect(a1).to.deep.include({
        id: 'a1',
        url: 'https://miasto.example.org/aktualnosci/a1',
        title: 'Zmiana organizacji ruchu na ulicy Długiej',
        lead: 'Od poniedziałku ulica Długa będzie jednokierunkowa & bezpieczniejsza.',
        contentHtml: '<p>Treść pierwsza.</p>',
        authors: ['abk'],
        published: '2026-11-20T07:00:00.000Z',
        tags: ['drogi', 'komunikacja'],
        language: 'pl',
      });
      expect(a1.image).to.deep.equal({
        src: 'https://miasto.example.org/img/dluga.png',
        alt: 'Znak zakazu wjazdu na ulicy Długiej',
        caption: 'Ulica Długa',
        credit: 'ZMP',
        width: 800,
        height: 450,
      });
    });

    it('resolves relative URLs against the feed URL', () => {
      expect(articles[1].url).to.equal('https://miasto.example.org/aktualnosci/a2');
    });

    it('drops bad fields one by one and keeps the item', () => {
      const a3 = articles[2];
      expect(a3.image).to.be.undefined;
      expect(a3.published).to.be.undefined;
      expect(a3.authors, 'a string is not a list of author objects').to.deep.equal([]);
      expect(a3.tags).to.deep.equal(['bezpieczeństwo']);
      expect(a3.lead).to.equal('Lead bez skryptu.');
      expect(a3.title).to.contain('<img src=x onerror=');
    });
  });

  describe('with the JSON Feed spec examples', () => {
    for (const version of ['1.0', '1.1']) {
      it(`reads the ${version} simple example`, async () => {
        const feed = parseFeed({ body: await text(corpus(`jsonfeed-spec/examples/v${version}-simple.json`)) });
        expect(feed.articles.map((a) => [a.id, a.url])).to.deep.equal([
          ['2', 'https://example.org/second-item'],
          ['1', 'https://example.org/initial-post'],
        ]);
        expect(feed.articles[1].contentHtml).to.equal('<p>Hello, world!</p>');
      });

      it(`reads the ${version} podcast example`, async () => {
        const feed = parseFeed({ body: await text(corpus(`jsonfeed-spec/examples/v${version}-podcast.json`)) });
        expect(feed.articles).to.have.length(1);
        expect(feed.articles[0].title).to.equal('Special #1 - Chris Parrish');
        expect(feed.articles[0].published).to.equal('2014-05-09T21:04:00.000Z');
      });

      it(`reads the ${version} microblog example, whose items have no title`, async () => {
        const feed = parseFeed({ body: await text(corpus(`jsonfeed-spec/examples/v${version}-microblog.json`)) });
        expect(feed.articles).to.have.length(1);
        expect(feed.articles[0].title).to.equal('');
        expect(feed.articles[0].lead).to.equal('Cats are neat. https://example.org/cats');
        expect(feed.articles[0].contentHtml).to.equal('<p>Cats are neat.</p><p>https://example.org/cats</p>');
        expect(feed.articles[0].authors).to.deep.equal(['Brent Simmons']);
      });
    }
  });

  describe('with the real JSON Feeds of rsparser-netnewswire', () => {
    const counts: Record<string, number> = { 'allthis.json': 12, 'curt.json': 26, 'pxlnv.json': 20, '3960.json': 20 };
    for (const file of [
      'DaringFireball.json',
      'inessential.json',
      'allthis.json',
      'curt.json',
      'pxlnv.json',
      '3960.json',
      'authors.json',
      'jsonfeed-extension.json',
    ]) {
      it(`reads ${file} with titles and URLs as in the file`, async () => {
        const body = await text(corpus(`rsparser-netnewswire/feeds/${file}`));
        const raw = JSON.parse(body) as { items: { title?: string; url?: string; id?: string }[] };
        const feed = parseFeed({ body, url: 'https://example.org/feed.json' });
        if (counts[file]) expect(feed.articles).to.have.length(counts[file]);
        const expected = raw.items.filter((item) => item.url).map((item) => [(item.title ?? '').replace(/\s+/g, ' ').trim(), item.url]);
        expect(feed.articles.map((a) => [a.title, a.url])).to.deep.equal(expected);
      });
    }

    it('skips the items of authors.json, which have no URL, and reads their authors once they have one', async () => {
      const body = await text(corpus('rsparser-netnewswire/feeds/authors.json'));
      expect(parseFeed({ body }).articles).to.have.length(0);
      const withUrls = JSON.parse(body) as { items: { url?: string }[] };
      withUrls.items.forEach((item, i) => (item.url = `https://example.org/${i}`));
      const feed = parseFeed({ body: JSON.stringify(withUrls) });
      expect(feed.articles.map((a) => a.authors)).to.deep.equal([
        ['Root Author 1', 'Root Author 2'],
        ['Legacy Item Author'],
        ['Item Author 1', 'Item Author 2'],
        ['Item Author 1', 'Item Author 2'],
      ]);
    });

    it('gives 3960.json items the feed language de-DE', async () => {
      const feed = parseFeed({ body: await text(corpus('rsparser-netnewswire/feeds/3960.json')) });
      expect(feed.language).to.equal('de-DE');
      expect(feed.articles).to.not.be.empty;
      expect(feed.articles.every((a) => a.language === 'de-DE')).to.be.true;
    });

    it('keeps the HTML of curt.json content as published', async () => {
      const feed = parseFeed({ body: await text(corpus('rsparser-netnewswire/feeds/curt.json')) });
      expect(
        feed.articles.some((a) =>
          a.contentHtml?.startsWith(
            '<p>I&#8217;ve decided to close my Twitter account. William Van Hecke <a href="https://tinyletter.com/fet/letters/microcosmographia-xlxi-reasons-to-stay-on-twitter">makes a convincing case</a>',
          ),
        ),
      ).to.be.true;
    });

    it('rejects ScriptingNews.json, which is RSS written as JSON, with a format error', async () => {
      const error = parseError(() => parseFeed({ body: '{"rss":{"version":"2.0","channel":{"title":"x","item":[]}}}' }));
      expect(error.code).to.equal('format');
      const real = await text(corpus('rsparser-netnewswire/feeds/ScriptingNews.json'));
      expect(parseError(() => parseFeed({ body: real })).code).to.equal('format');
    });

    for (const page of ['DaringFireball.html', 'furbo.html', 'inessential.html', 'sixcolors.html']) {
      it(`says ${page} is a web page, not a feed`, async () => {
        const body = await text(corpus(`rsparser-netnewswire/feeds/${page}`));
        const pageError = parseError(() => parseFeed({ body, url: 'https://example.org/' }));
        expect(pageError.code).to.equal('format');
        expect(pageError.details.isWebPage).to.be.true;
      });
    }
  });

  describe('with bad input', () => {
    it('gives a parse error for invalid JSON', async () => {
      expect(parseError(() => parseFeed({ body: '{"version": ' })).code).to.equal('parse');
      expect(parseError(() => parseFeed({ body: '   ' })).code).to.equal('parse');
    });

    it('gives a format error for JSON that is not a feed', () => {
      expect(parseError(() => parseFeed({ body: '{"hello": "world"}' })).code).to.equal('format');
      expect(parseError(() => parseFeed({ body: '[1, 2, 3]' })).code).to.equal('format');
    });

    it('names the feed a web page advertises', async () => {
      const body = await text(fixture('page.html'));
      const error = parseError(() => parseFeed({ body, url: 'https://miasto.example.org/' }));
      expect(error.code).to.equal('format');
      expect(error.details.feedUrl).to.equal('https://miasto.example.org/rss/aktualnosci.xml');
    });

    it('reads items whose fields all have the wrong types as skipped, not thrown', () => {
      const body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: {}, url: 42 },
          { url: 'https://x.example/1', title: ['a'], tags: 'one', authors: 'x', image: {} },
        ],
        title: 5,
      });
      const feed = parseFeed({ body });
      expect(feed.articles).to.have.length(1);
      expect(feed.articles[0]).to.deep.include({ id: 'https://x.example/1', title: '', tags: ['one'], authors: [] });
    });
  });
});
