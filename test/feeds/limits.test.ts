import { expect } from '@open-wc/testing';
import { MAX_ITEMS } from '../../src/feeds/draft.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { fixture } from '../helpers.js';
import { body } from './read.js';

/**
 * What reading a feed hands to the browser: the characters the decoder gives out, and the
 * length of each text the XML parser gets. These are the work itself, counted the same way on
 * any machine; timings are only logged (speed is measured in `npm run bench`, not asserted in
 * tests: a shared CI machine made a timing comparison here fail at random).
 */
function handed(bytes: ArrayBuffer) {
  const parses: number[] = [];
  let decoded = 0;
  const parse = DOMParser.prototype.parseFromString;
  const decode = TextDecoder.prototype.decode;
  DOMParser.prototype.parseFromString = function (this: DOMParser, text: string, type: DOMParserSupportedType) {
    if (type === 'application/xml') parses.push(String(text).length);
    return parse.call(this, text, type);
  };
  TextDecoder.prototype.decode = function (this: TextDecoder, ...args: Parameters<TextDecoder['decode']>) {
    const out = decode.apply(this, args);
    decoded += out.length;
    return out;
  };
  try {
    const started = performance.now();
    const feed = parseFeed({ body: bytes, url: 'https://example.org/feed' });
    const ms = performance.now() - started;
    return { feed, count: feed.articles.length, ms, decoded, parses, longest: Math.max(0, ...parses) };
  } finally {
    DOMParser.prototype.parseFromString = parse;
    TextDecoder.prototype.decode = decode;
  }
}

/** Logged, not asserted, beside our reader's time: the plain way's (decode all, parse all). */
function plainTime(bytes: ArrayBuffer, json: boolean): number {
  const started = performance.now();
  const text = new TextDecoder().decode(bytes);
  if (json) JSON.parse(text);
  else new DOMParser().parseFromString(text, 'application/xml');
  return performance.now() - started;
}

describe('reading large feeds', () => {
  describe('when a 10 MB feed has 5,000 items', () => {
    for (const format of ['rss', 'atom', 'json']) {
      it(`reads the newest ${MAX_ITEMS} of a ${format} feed without blocking the page for long`, async function () {
        this.timeout(30_000);
        const bytes = await body(`/__test/big?${format === 'json' ? '' : `format=${format}&`}items=5000&size=2000`);
        expect(bytes.byteLength).to.be.greaterThan(10_000_000);
        const { count, ms: ours, decoded, parses } = handed(bytes);
        const plain = plainTime(bytes, format === 'json');
        console.log(
          `${format}, ${(bytes.byteLength / 1e6).toFixed(1)} MB, 5000 items: ${ours.toFixed(0)} ms (decoding and parsing it all: ${plain.toFixed(0)} ms); decoded ${decoded} characters`,
        );
        expect(count).to.equal(MAX_ITEMS);
        // Only the start is decoded (the newest 200 of 5,000 items are 4% of the body) ...
        expect(decoded).to.be.below(bytes.byteLength / 4);
        // ... and only that start reaches the XML parser, once.
        if (format !== 'json') expect(parses.reduce((a, b) => a + b, 0)).to.be.below(bytes.byteLength / 4);
      });
    }
  });

  describe('when one item carries 10 MB', () => {
    for (const format of ['rss', 'atom']) {
      it(`keeps the ${format} body out of the XML parser and reads every item`, async function () {
        this.timeout(30_000);
        const bytes = await body(`/__test/big?format=${format}&items=20&size=2000&huge=10000000`);
        const { feed, count, ms: ours, longest } = handed(bytes);
        const plain = plainTime(bytes, false);
        console.log(
          `${format}, ${(bytes.byteLength / 1e6).toFixed(1)} MB, one 10 MB item: ${ours.toFixed(0)} ms (decoding and parsing it all: ${plain.toFixed(0)} ms); longest text parsed as XML: ${longest} characters`,
        );
        expect(count).to.equal(20);
        // The body is decoded, but kept out of the XML parser: it gets the 19 small items only.
        expect(longest).to.be.below(200_000);
        const huge = feed.articles[1];
        expect(huge.contentHtml!.length).to.be.greaterThan(10_000_000);
        expect(huge.lead.split(' ').length).to.be.at.most(61);
      });
    }
  });

  describe('when a feed is cut after its newest items', () => {
    it('closes the open elements so the rest still parses', async () => {
      const items = Array.from(
        { length: MAX_ITEMS + 50 },
        (_, i) =>
          `<item><title>Nr ${i}</title><link>https://example.org/${i}</link><description><![CDATA[<p>Zawiera </item> w tekście</p>]]></description></item>`,
      ).join('');
      const feed = parseFeed({
        body: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>Kanał</title></channel>${items}</rdf:RDF>`,
      });
      expect(feed.title).to.equal('Kanał');
      expect(feed.articles).to.have.length(MAX_ITEMS);
      expect(feed.articles.at(-1)!.title).to.equal(`Nr ${MAX_ITEMS - 1}`);
    });
  });

  describe('when a large JSON feed is cut after its newest items', () => {
    const MB = 1 << 20;
    // The first item's body is sized so that the decoder's first chunk (1 MB) ends inside
    // an escape: a backslash, then the quote it escapes (or the backslash it doubles).
    const feed = (ending: string) => {
      const head =
        '{"version":"https://jsonfeed.org/version/1.1","title":"Duży","items":[{"id":"i0","url":"https://example.org/0","title":"Zero","content_html":"';
      const bytes = new TextEncoder().encode(head).length;
      const first = `${head}${'a'.repeat(MB - 1 - bytes)}${ending}"}`;
      const rest = Array.from({ length: MAX_ITEMS + 20 }, (_, i) =>
        JSON.stringify({
          id: `i${i + 1}`,
          url: `https://example.org/${i + 1}`,
          title: `Nr "${i + 1}" \\ [koniec]`,
          content_html: `<p>${'b'.repeat(5000)}</p>`,
        }),
      );
      return new TextEncoder().encode(`${first},${rest.join(',')}],"home_page_url":"https://example.org/"}`);
    };

    it('keeps its place across an escaped quote split between chunks', () => {
      // JSON text \"], {\" : a backslash ends the first chunk, the quote it escapes starts the next.
      const { articles } = parseFeed({ body: feed(String.raw`\"], {\"`) });
      expect(articles).to.have.length(MAX_ITEMS);
      expect(articles[0].contentHtml!.endsWith('a"], {"')).to.be.true;
      expect(articles[1].title).to.equal('Nr "1" \\ [koniec]');
      expect(articles.at(-1)!.id).to.equal(`i${MAX_ITEMS - 1}`);
    });

    it('keeps its place across a run of backslashes split between chunks', () => {
      // JSON text \\\"], {\" : one backslash ends the first chunk, two more and a quote start the next.
      const { articles } = parseFeed({ body: feed(String.raw`\\\"], {\"`) });
      expect(articles).to.have.length(MAX_ITEMS);
      expect(articles[0].contentHtml!.endsWith(String.raw`a\"], {"`)).to.be.true;
    });

    it('cuts a WordPress list, whose root is the array', () => {
      const posts = Array.from({ length: MAX_ITEMS + 50 }, (_, i) => ({
        id: i,
        link: `https://example.org/?p=${i}`,
        title: { rendered: `Wpis [${i}]` },
        content: { rendered: `<p>${'c'.repeat(8000)}</p>` },
      }));
      const { articles, format } = parseFeed({ body: new TextEncoder().encode(JSON.stringify(posts)) });
      expect(format).to.equal('wordpress');
      expect(articles).to.have.length(MAX_ITEMS);
      expect(articles.at(-1)!.title).to.equal(`Wpis [${MAX_ITEMS - 1}]`);
    });
  });

  describe('when the feed is an XML bomb', () => {
    it('expands no entity', async () => {
      const feed = parseFeed({ body: await body(fixture('feeds/bomb.xml')) });
      expect(feed.articles[0].title).to.equal('&lol9; &xxe;');
      expect(feed.articles[0].lead).to.equal('Nic nie wybucha.');
    });
  });
});
