import { expect } from '@open-wc/testing';
import { parseFeedLater } from '../../src/feeds/parse-later.js';
import { parseFeed, type FeedInput } from '../../src/feeds/parse.js';
import { fixture } from '../helpers.js';
import { body } from './read.js';

/**
 * Issue 13: the store reads JSON with the JSON readers alone and loads the full reader only for
 * anything else (src/feeds/parse-later.ts). Whichever way a body goes, the answer is parseFeed's:
 * the same articles, or the same error.
 */
const outcome = async (read: () => unknown) => {
  try {
    return { feed: JSON.parse(JSON.stringify(await read())) as unknown };
  } catch (error) {
    const { name, code, message } = error as { name: string; code?: string; message: string };
    return { error: { name, code, message } };
  }
};

const FILES: [string, string][] = [
  ['feed.json', 'application/feed+json'],
  ['article.json', 'application/json'],
  ['truncated.json', 'application/json'],
  ['empty.json', 'application/json'],
  ['related/feed.json', 'application/feed+json'],
  ['editors/city.json', 'application/feed+json'],
  ['editors/wp-page-1.json', 'application/json'],
  ['editors/paged-broken.json', 'application/json'],
  ['editors/association.rss', 'application/rss+xml'],
  ['feeds/powiat.atom', 'application/atom+xml'],
  ['feeds/gmina-iso-8859-2.xml', 'application/rss+xml; charset=ISO-8859-2'],
  ['feeds/gmina-1250.xml', 'application/rss+xml'],
  ['feeds/garbage.bin', 'application/octet-stream'],
  ['page.html', 'text/html'],
];

describe('parseFeedLater: the store reads a feed as parseFeed does', () => {
  for (const [file, contentType] of FILES) {
    it(`${file}: same articles or same error`, async () => {
      const input: FeedInput = { body: await body(fixture(file)), contentType, url: 'https://news.example.org/feed' };
      expect(await outcome(() => parseFeedLater(input))).to.deep.equal(await outcome(() => parseFeed(input)));
    });
  }

  const json = '{"version":"https://jsonfeed.org/version/1.1","title":"Miasto","items":[{"id":"1","url":"https://example.org/a","title":"Zażółć gęślą jaźń"}]}';
  const cases: [string, FeedInput][] = [
    ['JSON after a UTF-8 byte order mark and white space', { body: new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20, ...new TextEncoder().encode(json)]) }],
    ['JSON as a string', { body: `\n  ${json}` }],
    [
      'JSON in UTF-16 with its byte order mark',
      { body: new Uint8Array([0xff, 0xfe, ...Array.from(json).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]) },
    ],
    ['JSON asked as RSS', { body: json, format: 'rss' }],
    ['JSON that is not a feed', { body: '{"hello":"world"}' }],
    ['JSON cut short', { body: json.slice(0, 80) }],
    ['an empty body', { body: '' }],
    ['white space only', { body: '  \n ' }],
  ];
  for (const [name, input] of cases) {
    it(`${name}: same articles or same error`, async () => {
      expect(await outcome(() => parseFeedLater(input))).to.deep.equal(await outcome(() => parseFeed(input)));
    });
  }

  // Long feeds are read in chunks, a task at a time: the answer must not change.
  const bodyHtml = (i: number) => `<p>Akapit ${i} o budżecie i <a href="/a/${i}">remoncie</a>.</p><p><img src="/img/${i}.jpg" alt=""></p>`;
  const jsonFeed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Miasto',
    home_page_url: 'https://news.example.org/',
    next_url: '/feed.json?page=2',
    language: 'pl',
    authors: [{ name: 'Redakcja' }],
    items: Array.from({ length: 230 }, (_, i) => ({
      id: i % 50 === 7 ? 'dup' : `id-${i}`,
      url: i % 40 === 3 ? 'https://news.example.org/same' : `/a/${i}`,
      title: `Wiadomość ${i} — zażółć`,
      content_html: bodyHtml(i),
      date_published: new Date(Date.UTC(2026, 10, 1) - i * 3600e3).toISOString(),
      tags: [`t${i % 5}`],
      ...(i === 5 ? { url: 'javascript:alert(1)' } : {}),
    })),
  });
  const wordPress = JSON.stringify(
    Array.from({ length: 130 }, (_, i) => ({
      id: i,
      link: `https://city.example.org/?p=${i}`,
      date_gmt: '2026-11-01T10:00:00',
      title: { rendered: `Post ${i} &#8211; ratusz` },
      excerpt: { rendered: `<p>Skrót ${i}</p>` },
      content: { rendered: bodyHtml(i) },
      ...(i % 30 === 4 ? { type: 'page' } : {}),
    })),
  );
  for (const [name, text] of [
    ['a JSON Feed of 230 items with duplicates and a bad link', jsonFeed],
    ['WordPress posts, 130 of them', wordPress],
  ]) {
    it(`${name}: same articles, read in tasks`, async () => {
      const input: FeedInput = { body: new TextEncoder().encode(text), contentType: 'application/json', url: 'https://news.example.org/feed.json' };
      const later = await outcome(() => parseFeedLater(input));
      expect(later).to.deep.equal(await outcome(() => parseFeed(input)));
      expect((later.feed as { articles: unknown[] }).articles.length).to.be.greaterThan(100);
    });
  }
});
