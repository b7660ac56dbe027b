import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feeds/parse.js';
import { wordPressNext } from '../../src/store/feed-store.js';
import { fixture } from '../helpers.js';
import { body } from './read.js';

/** Next pages and news pages, as "more news" follows them (issue 15). */
describe('feed paging and home pages', () => {
  it('JSON Feed: next_url and home_page_url, resolved against the feed', async () => {
    const url = new URL(fixture('editors/paged-1.json'), location.href).href;
    const feed = parseFeed({ body: await body(url), url });
    expect(feed.next).to.equal(new URL('paged-2.json', url).href);
    expect(feed.home).to.equal('https://miasto.example.org/komunikaty/');
    const last = parseFeed({ body: await body(fixture('editors/paged-3.json')), url });
    expect(last.next).to.be.undefined;
  });

  it('RSS: the channel link, and <atom:link rel="next"> (RFC 5005)', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Gmina</title>
      <link>https://gmina.example.org/aktualnosci</link><atom:link rel="next" href="/feed/?paged=2"/>
      <item><title>A</title><link>https://gmina.example.org/a</link></item></channel></rss>`;
    const feed = parseFeed({ body: rss, url: 'https://gmina.example.org/feed/' });
    expect(feed.home).to.equal('https://gmina.example.org/aktualnosci');
    expect(feed.next).to.equal('https://gmina.example.org/feed/?paged=2');
  });

  it('Atom: the alternate link and <link rel="next">; javascript: is no page', () => {
    const atom = (next: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Powiat</title>
      <link rel="alternate" href="https://powiat.example.org/"/><link rel="next" href="${next}"/>
      <entry><id>urn:x:1</id><title>A</title><link href="https://powiat.example.org/a"/></entry></feed>`;
    const feed = parseFeed({ body: atom('page2.atom'), url: 'https://powiat.example.org/feed.atom' });
    expect(feed.home).to.equal('https://powiat.example.org/');
    expect(feed.next).to.equal('https://powiat.example.org/page2.atom');
    expect(parseFeed({ body: atom('javascript:alert(1)'), url: 'https://powiat.example.org/feed.atom' }).next).to.be.undefined;
  });

  it('WordPress: the next page while X-WP-TotalPages says there is one', () => {
    expect(wordPressNext('https://gmina.example.org/wp-json/wp/v2/posts?_embed', '3')).to.equal('https://gmina.example.org/wp-json/wp/v2/posts?_embed=&page=2');
    expect(wordPressNext('https://gmina.example.org/wp-json/wp/v2/posts?page=3', '3')).to.be.undefined;
    expect(wordPressNext('https://gmina.example.org/wp-json/wp/v2/posts', null)).to.be.undefined;
  });
});
