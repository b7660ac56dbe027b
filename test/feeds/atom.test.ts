import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feeds/parse.js';
import type { ParsedFeed } from '../../src/model/article.js';
import { fixture } from '../helpers.js';
import { body } from './read.js';

describe('Atom reader', () => {
  let feed: ParsedFeed;
  before(async () => {
    feed = parseFeed({ body: await body(fixture('feeds/powiat.atom')), url: 'https://powiat.example.pl/feed.atom' });
  });

  it('reads the feed despite blank lines before <?xml, with its HTML title as text', () => {
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Powiat Przykładowy');
    expect(feed.language).to.equal('pl');
    expect(feed.articles).to.have.length(3);
  });

  describe('when an entry has HTML title and content, categories and enclosures', () => {
    it('maps its fields, resolving the link against xml:base, which comes before the feed link', () => {
      expect(feed.articles[0]).to.deep.include({
        id: 'urn:powiat:1',
        url: 'https://powiat.example.pl/most',
        title: 'Remont mostu na Wiśle & objazdy',
        published: '2026-10-01T07:30:00.000Z',
        updated: '2026-10-02T08:00:00.000Z',
        tags: ['Drogi powiatowe', 'objazdy'],
        language: 'pl',
      });
    });

    it('gives it the feed authors when it has none (RFC 4287 4.2.1)', () => {
      expect(feed.articles[0].authors).to.deep.equal(['Starostwo Powiatowe']);
    });

    it('takes the image enclosure, not the audio one', () => {
      expect(feed.articles[0].image).to.deep.equal({ src: 'https://powiat.example.pl/img/most.jpg', alt: '' });
    });

    it('shows a text summary as the text it is', () => {
      expect(feed.articles[0].lead).to.equal('Most będzie zamknięty przez <b>dwa tygodnie</b>.');
    });

    it('resolves relative URLs in the body against the content xml:base', () => {
      const html = feed.articles[0].contentHtml!;
      expect(html).to.contain('href="https://powiat.example.pl/wiadomosci/2026/mapa.html"');
      expect(html).to.contain('src="https://powiat.example.pl/img/objazd.png"');
      expect(html).to.contain('srcset="https://powiat.example.pl/img/objazd-2x.png 2x"');
    });
  });

  describe('when an entry has its own xml:base and xml:lang, an XHTML body and a video with a thumbnail', () => {
    it('maps its fields', () => {
      const entry = feed.articles[1];
      expect(entry).to.deep.include({
        url: 'https://inny.example.org/news/2',
        title: 'Less <b>than</b> a week',
        authors: ['Press Office'],
        updated: '2026-09-20T10:00:00.000Z',
        language: 'en',
      });
      expect(entry).to.not.have.property('published');
      expect(entry.contentHtml).to.match(/^<p[^>]*>Inline <strong>XHTML<\/strong> body\.<\/p>$/);
      expect(entry.image).to.deep.equal({ src: 'https://inny.example.org/thumb.jpg', alt: '', width: 480, height: 360 });
    });
  });

  describe('when an entry is written the Atom 0.3 way', () => {
    it('reads the XHTML title, the link without rel, issued as published and a text body as paragraphs', () => {
      expect(feed.articles[2]).to.deep.include({
        url: 'https://powiat.example.pl/wiadomosci/3',
        title: 'Tytuł XHTML',
        published: '2026-09-01T00:00:00.000Z',
        contentHtml: '<p>Pierwszy akapit.</p><p>Drugi akapit &amp; koniec.</p>',
        lead: 'Pierwszy akapit. Drugi akapit & koniec.',
      });
    });
  });
});
