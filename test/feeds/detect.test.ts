import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feeds/parse.js';
import { corpus, fixture } from '../helpers.js';
import { body, parseError } from './read.js';

const detect = (text: string) => detectFormat({ body: text });

describe('format detection', () => {
  describe('when the response is JSON', () => {
    it('knows JSON Feed by its version', () => {
      expect(detect('{"version":"https://jsonfeed.org/version/1.1","items":[]}')).to.equal('json-feed');
      expect(detect('{"version":"https://jsonfeed.org/version/1","items":[]}')).to.equal('json-feed');
    });

    it('knows a WordPress posts list, and one post, by their shape', () => {
      expect(detect('[{"id":1,"link":"https://x.example/1","title":{"rendered":"A"}}]')).to.equal('wordpress');
      expect(detect('{"id":1,"link":"https://x.example/1","title":{"rendered":"A"}}')).to.equal('wordpress');
      expect(detect('[]')).to.equal('wordpress');
    });

    it('tells RSS written as JSON from JSON Feed', async () => {
      expect(detect(await (await fetch(corpus('rsparser-netnewswire/feeds/ScriptingNews.json'))).text())).to.equal('rss-in-json');
    });

    it('calls other JSON just JSON', () => {
      expect(detect('{"hello":"world"}')).to.equal('json');
      expect(detect('[{"id":1,"name":"Kategoria","taxonomy":"category","link":"https://x.example/k"}]')).to.equal('json');
    });
  });

  describe('when the response is XML', () => {
    it('knows RSS, RDF and Atom by their root, whatever the file is called', async () => {
      expect(detect('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).to.equal('rss');
      expect(detect('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')).to.equal('rss');
      expect(detect('<!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"/>')).to.equal('atom');
      // Daring Fireball's ".rss" is Atom.
      expect(detectFormat({ body: await body(corpus('rsparser-netnewswire/feeds/DaringFireball.rss')) })).to.equal('atom');
    });

    it('calls XML that is no feed just XML, and reading it says so', () => {
      expect(detect('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')).to.equal('xml');
      const error = parseError(() => parseFeed({ body: '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>' }));
      expect(error.code).to.equal('format');
      expect(error.message).to.contain('<urlset>');
    });
  });

  describe('when the response is a web page', () => {
    it('knows HTML and XHTML pages', () => {
      expect(detect('<!DOCTYPE html><html><body>x</body></html>')).to.equal('html');
      expect(detect('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).to.equal('html');
      expect(detect('  <!-- CMS --><head><title>Urząd</title></head>')).to.equal('html');
    });

    it('names the feed the page advertises, as an absolute URL, whatever its type', () => {
      const page = (type: string) =>
        `<!doctype html><html><head><link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2"><link rel="alternate" type="${type}" href="feed/"></head></html>`;
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        const error = parseError(() => parseFeed({ body: page(type), url: 'https://gmina.example.pl/aktualnosci/' }));
        expect(error.code).to.equal('format');
        expect(error.details).to.deep.equal({ isWebPage: true, feedUrl: 'https://gmina.example.pl/aktualnosci/feed/' });
        expect(error.message).to.contain('https://gmina.example.pl/aktualnosci/feed/');
      }
    });

    it('says it is a web page when it advertises no feed', async () => {
      const error = parseError(() => parseFeed({ body: '<!doctype html><title>x</title>' }));
      expect(error.details).to.deep.equal({ isWebPage: true });
      expect(detectFormat({ body: await body(fixture('page.html')) })).to.equal('html');
    });
  });

  describe('when format names one format and the response is another', () => {
    it('gives a format error naming both', async () => {
      const rss = await body(fixture('feeds/bip.rdf'));
      const error = parseError(() => parseFeed({ body: rss, format: 'atom' }));
      expect(error.code).to.equal('format');
      expect(error.message).to.equal('Expected Atom but the response is RSS.');
      expect(parseError(() => parseFeed({ body: '[]', format: 'json-feed' })).message).to.equal('Expected JSON Feed but the response is WordPress.');
      expect(parseFeed({ body: rss, format: 'rss' }).articles).to.have.length(1);
    });
  });
});
