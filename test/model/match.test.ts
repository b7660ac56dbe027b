import { expect } from '@open-wc/testing';
import type { Article } from '../../src/model/article.js';
import { findArticle, isArticle, normalizeUrl } from '../../src/model/match.js';

const page = 'https://miasto.example.org/aktualnosci/budzet';

describe('URL matching', () => {
  describe('normalizeUrl', () => {
    it('treats the spellings of one page as one', () => {
      const same = [
        page,
        'http://miasto.example.org/aktualnosci/budzet',
        'https://MIASTO.Example.ORG/aktualnosci/budzet',
        'https://www.miasto.example.org/aktualnosci/budzet',
        'https://miasto.example.org/aktualnosci/budzet/',
        'https://miasto.example.org/aktualnosci/budzet#komentarze',
        'https://miasto.example.org/aktualnosci/budzet?utm_source=newsletter&utm_medium=email&utm_campaign=lipiec',
        'https://miasto.example.org/aktualnosci/budzet?fbclid=IwAR0&gclid=x&_hsenc=y&mc_cid=z&igshid=q',
        'https://miasto.example.org:443/aktualnosci/budzet',
        '  https://miasto.example.org/aktualnosci/budzet  ',
      ];
      for (const url of same) expect(normalizeUrl(url), url).to.equal('miasto.example.org/aktualnosci/budzet');
    });

    it('treats a path with Polish letters and its escapes in either case as one', () => {
      const a = normalizeUrl('https://miasto.example.org/aktualności/');
      expect(normalizeUrl('https://miasto.example.org/aktualno%c5%9bci')).to.equal(a);
      expect(normalizeUrl('https://miasto.example.org/aktualno%C5%9Bci')).to.equal(a);
    });

    it('keeps what tells pages apart: path, port and real query parameters in any order', () => {
      expect(normalizeUrl('https://miasto.example.org/aktualnosci/budzet-2')).to.not.equal(normalizeUrl(page));
      expect(normalizeUrl('https://miasto.example.org:8080/aktualnosci/budzet')).to.not.equal(normalizeUrl(page));
      expect(normalizeUrl('https://miasto.example.org/news?id=2')).to.not.equal(normalizeUrl('https://miasto.example.org/news?id=3'));
      expect(normalizeUrl('https://miasto.example.org/news?id=2&lang=pl&utm_source=x')).to.equal(normalizeUrl('https://miasto.example.org/news?lang=pl&id=2'));
    });

    it('resolves relative URLs against a base and refuses what is not http(s)', () => {
      expect(normalizeUrl('../aktualnosci/budzet', 'https://miasto.example.org/x/')).to.equal('miasto.example.org/aktualnosci/budzet');
      expect(normalizeUrl('javascript:alert(1)')).to.be.undefined;
      expect(normalizeUrl('mailto:rada@miasto.example.org')).to.be.undefined;
      expect(normalizeUrl('not a url')).to.be.undefined;
    });
  });

  describe('isArticle and findArticle', () => {
    const articles: Article[] = [
      { id: 'a1', url: page, title: 'Budżet', lead: '', authors: [], tags: [] },
      { id: 'https://miasto.example.org/?p=42', url: 'https://miasto.example.org/2026/05/sesja/', title: 'Sesja', lead: '', authors: [], tags: [] },
    ];

    it('matches by id first, then by URL as normalized', () => {
      expect(findArticle(articles, 'a1')).to.equal(articles[0]);
      expect(findArticle(articles, 'https://www.miasto.example.org/aktualnosci/budzet/?utm_source=fb#top')).to.equal(articles[0]);
      expect(findArticle(articles, 'http://miasto.example.org/2026/05/sesja')).to.equal(articles[1]);
      expect(findArticle(articles, 'https://miasto.example.org/?p=42&utm_medium=rss')).to.equal(articles[1]);
      expect(findArticle(articles, 'a2')).to.be.undefined;
      expect(isArticle(articles[0], 'https://miasto.example.org/aktualnosci/budzet-2')).to.be.false;
    });
  });
});
