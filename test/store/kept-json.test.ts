import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feeds/parse.js';
import { keptJson } from '../../src/store/persist.js';
import { fixture } from '../helpers.js';

// Issue 13, part 3: the copy of a feed kept for the next visit (src/store/persist.ts, issue 12)
// is made a few articles a task. Reading an article's lead works out its text from the HTML, so
// JSON for 200 fresh articles was one task of 110–160 ms at 4× CPU slowdown.

/** 200 articles whose leads nobody has read yet, as the store hands them to an element. */
const fresh = () =>
  parseFeed({
    url: 'https://news.example.org/feed.json',
    body: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Miasto',
      items: Array.from({ length: 200 }, (_, i) => ({
        id: `id-${i}`,
        url: `/a/${i}`,
        title: `Wiadomość ${i}: zażółć gęślą jaźń`,
        content_html: `<p>Akapit ${i} o budżecie i <a href="/a/${i}">remoncie</a> "ulicy".</p><p><img src="/img/${i}.jpg" alt=""></p>`.repeat(4),
        date_published: new Date(Date.UTC(2026, 10, 1) - i * 3600e3).toISOString(),
        tags: [`t${i % 5}`],
      })),
    }),
  }).articles;

describe('the kept copy of a feed, as JSON (issue 13)', () => {
  it("is JSON.stringify's text, so a copy kept by an earlier version still compares equal", async () => {
    for (const truncated of [false, true]) expect(await keptJson({ articles: fresh(), truncated })).to.equal(JSON.stringify({ articles: fresh(), truncated }));
    for (const [file, contentType] of [
      ['feed.json', 'application/feed+json'],
      ['editors/association.rss', 'application/rss+xml'],
      ['feeds/powiat.atom', 'application/atom+xml'],
    ]) {
      const body = await (await fetch(fixture(file))).text();
      const read = () => parseFeed({ body, contentType, url: `https://news.example.org/${file}` });
      expect(read().articles.length, file).to.be.greaterThan(0);
      expect(await keptJson({ articles: read().articles, truncated: false }), file).to.equal(JSON.stringify({ articles: read().articles, truncated: false }));
    }
    expect(await keptJson({ articles: [], truncated: false })).to.equal('{"articles":[],"truncated":false}');
  });

  // A clock that runs 200 times too fast, and moves 13 ms more at each look, makes this machine a
  // phone much slower than any (as in test/feeds/parse-later.test.ts); each turn the page gets is
  // a timer of its own.
  it('gives the page turns while it reads 200 articles on a slow phone, none before the task it was asked in ends', async () => {
    const articles = fresh();
    // The first article's lead tells when reading began.
    const lead = articles[0].lead;
    let begun = false;
    Object.defineProperty(articles[0], 'lead', { enumerable: true, configurable: true, get: () => ((begun = true), lead) });
    const now = performance.now.bind(performance);
    const zero = now();
    const timer = window.setTimeout;
    let turns = 0;
    let looks = 0;
    performance.now = () => zero + (now() - zero) * 200 + 13 * ++looks;
    window.setTimeout = ((handler: TimerHandler, ms?: number) => (turns++, timer(handler, ms))) as typeof setTimeout;
    let text: string;
    let begunAtOnce: boolean;
    try {
      const made = keptJson({ articles, truncated: false });
      // Nothing is read in the task that asked: the articles go on screen first.
      begunAtOnce = begun;
      text = await made;
    } finally {
      performance.now = now;
      window.setTimeout = timer;
    }
    expect(begunAtOnce).to.equal(false);
    expect(begun).to.equal(true);
    expect(turns).to.be.at.least(20);
    expect(JSON.parse(text).articles).to.have.length(200);
    expect(text).to.equal(JSON.stringify({ articles: fresh(), truncated: false }));
  });
});
