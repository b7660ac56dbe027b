import { expect } from '@open-wc/testing';
import { parseFeed, readFeed } from '../../src/feeds/parse.js';
import type { Article, ParsedFeed } from '../../src/model/article.js';
import { fixture } from '../helpers.js';
import { body } from './read.js';

const FEED = 'https://gmina.example.pl/rss.xml';

describe('RSS reader', () => {
  describe('when the feed is RSS 2.0 in windows-1250 with an encoding declaration', () => {
    let feed: ParsedFeed;
    let all: Article[];
    before(async () => {
      const bytes = await body(fixture('feeds/gmina-1250.xml'));
      feed = parseFeed({ body: bytes, contentType: 'application/rss+xml', url: FEED });
      all = readFeed({ body: bytes, url: FEED }).articles;
    });

    it('reads Polish letters and typographic quotes from the windows-1250 bytes', () => {
      expect(feed.format).to.equal('rss');
      expect(feed.title).to.equal('Gmina Przykładowo – „Aktualności”');
      expect(feed.language).to.equal('pl-PL');
    });

    it('maps every field of an item with content:encoded, dc:creator and Media RSS', () => {
      const [first] = feed.articles;
      expect(first).to.deep.include({
        id: 'gmina-101',
        url: 'https://gmina.example.pl/aktualnosci/zmiana-godzin',
        title: 'Ważne: zmiana godzin pracy urzędu & kasy',
        lead: 'Od poniedziałku urząd będzie czynny od 7:30 do 15:30, a kasa – do 14:00.',
        authors: ['Referat Organizacyjny'],
        published: '2026-11-03T09:15:00.000Z',
        tags: ['urząd', 'ogłoszenia'],
        language: 'pl-PL',
      });
      // Relative URLs in the body stay as published: the sanitizer resolves them against the
      // article's URL when it renders the body.
      expect(first.contentHtml).to.equal(
        '<p>Zmiana wynika z nowego regulaminu. <a href="/regulamin.pdf">Regulamin</a> jest dostępny w sekretariacie.</p><p><img src="/img/urzad.jpg" alt="Budynek urzędu"></p>',
      );
    });

    it('takes the media:content nearest 800 px wide, with media:credit and media:description', () => {
      expect(feed.articles[0].image).to.deep.equal({
        src: 'https://gmina.example.pl/img/urzad-800.jpg',
        alt: 'Wejście do budynku urzędu gminy',
        credit: 'UG Przykładowo',
        width: 800,
        height: 533,
      });
    });

    it('uses a permalink guid as the URL, names the author of "address (Name)" and reads an image enclosure', () => {
      const dozynki = feed.articles[1];
      expect(dozynki).to.deep.include({
        id: 'https://gmina.example.pl/aktualnosci/dozynki',
        url: 'https://gmina.example.pl/aktualnosci/dozynki',
        authors: ['Jan Kowalski'],
        published: '2026-09-06T16:00:00.000Z',
      });
      expect(dozynki.image).to.deep.equal({ src: 'https://gmina.example.pl/img/dozynki.jpg', alt: '' });
      expect(dozynki.contentHtml, 'the description is the body when there is no other').to.equal(
        'Wieniec dożynkowy przygotowało sołectwo Zielona Górka. Zabawa trwała do północy.',
      );
    });

    it('skips an item with neither a link nor a permalink guid', () => {
      expect(feed.articles.map((a) => a.title)).to.not.include('Wpis bez adresu');
      expect(all.find((a) => a.title === 'Wpis bez adresu')?.url, 'readFeed keeps it, without a URL').to.equal('');
    });

    it('leaves out an unreadable date, and takes the first real picture of the body, not a tracking pixel', () => {
      const untitled = feed.articles.find((a) => a.url.endsWith('bez-tytulu'))!;
      expect(untitled.title).to.equal('');
      expect(untitled).to.not.have.property('published');
      expect(untitled.image).to.deep.equal({ src: 'https://gmina.example.pl/img/zajecia.jpg', alt: 'Dzieci przy sztalugach' });
    });

    it('strips HTML from titles but keeps angle brackets that are not tags', () => {
      expect(feed.articles.at(-1)!.title).to.equal('Wynik 3 < 5 i turniej <<<Orlik>>> wygrany');
      expect(feed.articles.at(-1)!.published).to.equal('2026-08-01T10:00:00.000Z');
    });
  });

  describe('when the encoding comes from the HTTP charset only', () => {
    it('reads ISO-8859-2 bytes as Polish letters', async () => {
      const bytes = await body(fixture('feeds/gmina-iso-8859-2.xml'));
      const feed = parseFeed({ body: bytes, contentType: 'application/rss+xml; charset=ISO-8859-2', url: FEED });
      expect(feed.articles[0].title).to.equal('Ważne: zmiana godzin pracy urzędu & kasy');
      expect(feed.articles[1].title).to.equal('Dożynki gminne w Zielonej Górce');
    });
  });

  describe('when the feed is RSS 1.0 (RDF)', () => {
    it('reads items beside the channel, with Dublin Core date, creator, subject and language', async () => {
      const feed = parseFeed({ body: await body(fixture('feeds/bip.rdf')) });
      expect(feed.format).to.equal('rss');
      expect(feed.language).to.equal('pl');
      expect(feed.articles).to.have.length(1);
      expect(feed.articles[0]).to.deep.include({
        id: 'https://bip.example.pl/uchwala-12',
        url: 'https://bip.example.pl/uchwala-12',
        title: 'Uchwała nr XII/12/2026 w sprawie opłat za śmieci',
        lead: 'Rada Gminy ustaliła nowe stawki opłat.',
        authors: ['Rada Gminy'],
        tags: ['uchwały'],
        published: '2026-06-30T12:00:00.000Z',
        language: 'pl',
      });
    });
  });

  describe('when an old CMS writes sloppy XML', () => {
    it('reads it anyway: BOM and blank lines before <?xml, a DOCTYPE, HTML entities, a bare &, a control character, an undeclared prefix', async () => {
      const feed = parseFeed({ body: await body(fixture('feeds/sloppy.xml')) });
      expect(feed.title).to.equal('Stary CMS');
      const [item] = feed.articles;
      expect(item.title).to.equal('Zebranie wiejskie – sołectwo Łęg…');
      expect(item.url).to.equal('https://stary.example.pl/index.php?id=5&page=2');
      expect(item.authors).to.deep.equal(['Sołtys']);
      expect(item.lead).to.equal('Znak sterujący i © 2026 &bogus; koniec.');
    });
  });
});
