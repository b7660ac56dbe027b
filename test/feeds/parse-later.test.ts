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

  // RSS and Atom: xml:base on items, guids repeated across chunks (an RSS guid seen before is no
  // id), items without a link, a bad link, CDATA bodies, categories, authors.
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Gmina &amp; miasto</title><link>https://news.example.org/</link><language>pl</language>
${Array.from(
  { length: 230 },
  (_, i) => `<item${i % 17 === 2 ? ' xml:base="https://other.example.org/dział/"' : ''}>
<title>Wiadomość ${i} — zażółć &lt;b&gt;gęślą&lt;/b&gt;</title>
${i % 23 === 9 ? '' : `<link>${i === 5 ? 'javascript:alert(1)' : `a/${i}`}</link>`}
<guid isPermaLink="false">${i % 50 === 7 ? 'dup' : `g-${i}`}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 1) - i * 3600e3).toUTCString()}</pubDate>
<dc:creator>Redakcja ${i % 3}</dc:creator><category>t${i % 5}</category>
<description><![CDATA[${bodyHtml(i)}]]></description>
<content:encoded><![CDATA[${bodyHtml(i)}<p>fot. ZMP</p>]]></content:encoded>
</item>`,
).join('\n')}
</channel></rss>`;
  const atom = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl"><title>Powiat</title><id>urn:powiat</id>
<link rel="alternate" href="https://powiat.example.org/"/><author><name>Starostwo</name></author>
${Array.from(
  { length: 210 },
  (
    _,
    i,
  ) => `<entry><id>${i % 40 === 11 ? 'https://powiat.example.org/id/' + i : `urn:e:${i}`}</id><title type="html">Komunikat ${i} &amp;lt;i&amp;gt;pilny&amp;lt;/i&amp;gt;</title>
${i % 40 === 11 ? '' : `<link href="/k/${i}"/>`}<updated>2026-11-0${(i % 9) + 1}T10:00:00Z</updated>
<summary type="html">${bodyHtml(i).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</summary></entry>`,
).join('\n')}
</feed>`;
  for (const [name, text, contentType] of [
    ['an RSS feed of 230 items', rss, 'application/rss+xml'],
    ['an Atom feed of 210 entries', atom, 'application/atom+xml'],
  ]) {
    it(`${name}: same articles, read in tasks`, async () => {
      const input: FeedInput = { body: new TextEncoder().encode(text), contentType, url: 'https://news.example.org/feed' };
      const later = await outcome(() => parseFeedLater(input));
      expect(later).to.deep.equal(await outcome(() => parseFeed(input)));
      expect((later.feed as { articles: unknown[] }).articles.length).to.be.greaterThan(150);
    });
  }

  // The browser's XML parser is parsed a window of items at a time (src/feeds/xml.ts `windows`):
  // 200 RSS items in one parse were a task of 140–205 ms at 4× CPU slowdown. Whatever the feed,
  // the answer stays parseFeed's, also where the windows must be given up for the whole text.
  const item = (i: number) => rss.indexOf(`<item${i % 17 === 2 ? ' xml:base' : '>'}`, rss.indexOf(`Wiadomość ${i} `) - 80);
  const at = (i: number, insert: string) => rss.slice(0, item(i)) + insert + rss.slice(item(i));
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://gmina.example.org/"><title>Gmina</title><link>https://gmina.example.org/</link></channel>
${Array.from({ length: 120 }, (_, i) => `<item rdf:about="https://gmina.example.org/k/${i}"><title>Komunikat ${i}</title><link>https://gmina.example.org/k/${i}</link></item>`).join('\n')}
</rdf:RDF>`;
  const windowCases: [string, string][] = [
    ['an HTML entity in the 150th item (the strict parse of its window fails; the whole is repaired)', rss.replace('Wiadomość 150 ', 'Wiadomość&nbsp;150 ')],
    ['a bare & in a link of the 120th item', rss.replace('<link>a/120</link>', '<link>a/120?x=1&y=2</link>')],
    ['the 90th item left open (the feed has its complete items)', rss.replace('<title>Wiadomość 90 ', '<title><b>Wiadomość 90 ')],
    ['a channel field between the 100th and 101st items', at(101, '<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="next" href="/feed?page=2"/>')],
    ['a comment between items', at(60, '<!-- reklama -->')],
    [
      'a prefix declared on the channel and used in items',
      rss
        .replace('<channel>', '<channel xmlns:m="http://search.yahoo.com/mrss/">')
        .replaceAll('<category>', '<m:content url="/i.jpg" medium="image"/><category>'),
    ],
    ['RSS 1.0, items beside the channel', rdf],
  ];
  for (const [name, text] of windowCases) {
    it(`${name}: same articles or same error`, async () => {
      const input: FeedInput = { body: new TextEncoder().encode(text), contentType: 'application/rss+xml', url: 'https://news.example.org/feed' };
      const later = await outcome(() => parseFeedLater(input));
      expect(later).to.deep.equal(await outcome(() => parseFeed(input)));
      expect((later.feed as { articles: unknown[] }).articles.length).to.be.greaterThan(80);
    });
  }

  it('a long RSS or Atom feed goes through the XML parser a window of items at a time', async () => {
    for (const [text, tag] of [
      [rss, '<item'],
      [atom, '<entry'],
      [rdf, '<item'],
    ]) {
      await parseFeedLater({ body: text }); // the XML part loaded, outside the count
      const parse = DOMParser.prototype.parseFromString;
      const counts: number[] = [];
      DOMParser.prototype.parseFromString = function (this: DOMParser, source: string, type: DOMParserSupportedType) {
        if (type === 'application/xml') counts.push(String(source).split(tag).length - 1);
        return parse.call(this, source, type);
      } as typeof parse;
      try {
        await parseFeedLater({ body: text });
      } finally {
        DOMParser.prototype.parseFromString = parse;
      }
      expect(counts.length, tag).to.be.at.least(3);
      expect(Math.max(...counts), tag).to.be.at.most(20);
    }
  });

  // The body is decoded 64 KB a step, the page getting a turn between steps: a megabyte in one
  // go was a task of 45–120 ms at 4× CPU slowdown. Letters cut at a step's end stay whole.
  const long = rss.replaceAll('<p>fot. ZMP</p>', `<p>${'Żółta łódź płynie po Wiśle, gęsi gęgają. '.repeat(110)}</p><p>fot. ZMP</p>`);
  const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  const longJson = jsonFeed.replaceAll('remoncie</a>.</p>', `remoncie</a>.</p><p>${'Żółta łódź płynie po Wiśle, gęsi gęgają. '.repeat(110)}</p>`);
  for (const [name, bytes, contentType] of [
    ['RSS feed in UTF-8', new TextEncoder().encode(long), 'application/rss+xml'],
    ['RSS feed in UTF-16 with its byte order mark', utf16(long), 'application/rss+xml'],
    ['JSON Feed', new TextEncoder().encode(longJson), 'application/feed+json'],
  ] as const) {
    it(`a ${Math.round(bytes.length / 1e6)} MB ${name}: decoded 64 KB at a time, same articles`, async () => {
      const input: FeedInput = { body: bytes, contentType, url: 'https://news.example.org/feed' };
      await parseFeedLater(input); // the XML part loaded, outside the count
      const decode = TextDecoder.prototype.decode;
      const sizes: number[] = [];
      TextDecoder.prototype.decode = function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
        sizes.push(input?.byteLength ?? 0);
        return decode.call(this, input, options);
      };
      let later;
      try {
        later = await outcome(() => parseFeedLater(input));
      } finally {
        TextDecoder.prototype.decode = decode;
      }
      expect(bytes.length).to.be.greaterThan(1 << 20);
      expect(Math.max(...sizes)).to.be.at.most(1 << 16);
      expect(sizes.length).to.be.at.least(16);
      expect(later).to.deep.equal(await outcome(() => parseFeed(input)));
      expect(JSON.stringify(later)).to.include('Żółta łódź płynie po Wiśle');
    });
  }

  // On a slow phone each chunk is small and the page gets a turn between them. A clock that runs
  // 200 times too fast, and moves 13 ms more at each look (Firefox's clock has a coarse grain),
  // makes this machine a phone much slower than any; each turn the reader gives the page is a
  // timer of its own.
  async function turnsWhileReading(input: FeedInput): Promise<number> {
    return (await watchReading(input)).turns;
  }
  /** The turns the page gets while a feed is read, and those before its first XML parse. */
  async function watchReading(input: FeedInput): Promise<{ turns: number; beforeParse: number }> {
    await parseFeedLater(input); // the XML part loaded, outside the count
    const now = performance.now.bind(performance);
    const zero = now();
    const timer = window.setTimeout;
    const parse = DOMParser.prototype.parseFromString;
    let turns = 0;
    let looks = 0;
    let beforeParse = -1;
    performance.now = () => zero + (now() - zero) * 200 + 13 * ++looks;
    window.setTimeout = ((handler: TimerHandler, ms?: number) => (turns++, timer(handler, ms))) as typeof setTimeout;
    DOMParser.prototype.parseFromString = function (this: DOMParser, source: string, type: DOMParserSupportedType) {
      if (type === 'application/xml' && beforeParse < 0) beforeParse = turns;
      return parse.call(this, source, type);
    } as typeof parse;
    try {
      await parseFeedLater(input);
    } finally {
      performance.now = now;
      window.setTimeout = timer;
      DOMParser.prototype.parseFromString = parse;
    }
    return { turns, beforeParse };
  }

  it('an RSS feed of 6,000 tags: its scan gives the page turns before the XML parser runs', async () => {
    const tagged = rss.replaceAll('<category>t', '<category>a</category>'.repeat(20) + '<category>t');
    // One turn before reading, one after decoding and one before the first window; the rest are the scan's.
    expect((await watchReading({ body: tagged, contentType: 'application/rss+xml' })).beforeParse).to.be.at.least(8);
  });

  const short = JSON.stringify({ ...(JSON.parse(jsonFeed) as object), items: (JSON.parse(jsonFeed) as { items: unknown[] }).items.slice(0, 10) });
  for (const [name, text, contentType, least] of [
    ['a JSON Feed of 230 items', jsonFeed, 'application/json', 6],
    ['WordPress posts, 130 of them', wordPress, 'application/json', 6],
    ['an RSS feed of 230 items', rss, 'application/rss+xml', 6],
    ['an Atom feed of 210 entries', atom, 'application/atom+xml', 6],
    // Read in one go, then a turn before the articles are drawn.
    ['a JSON Feed of 10 items', short, 'application/json', 2],
  ] as const) {
    it(`${name}: read in ${least === 2 ? 'a task, the render in the next' : 'many tasks'} when reading is slow`, async () => {
      const turns = await turnsWhileReading({ body: new TextEncoder().encode(text), contentType, url: 'https://news.example.org/feed' });
      expect(turns).to.be.at.least(least);
    });
  }
});
