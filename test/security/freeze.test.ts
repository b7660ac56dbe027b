import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import '../../src/define/article.js';
import '../../src/define/related-articles.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { advertisedFeed, detect, rootName } from '../../src/feeds/detect.js';
import { FeedError } from '../../src/feeds/errors.js';
import { MAX_ITEMS } from '../../src/feeds/draft.js';
import { firstImage } from '../../src/feeds/images.js';
import { personName } from '../../src/feeds/people.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { MAX_TEXT } from '../../src/model/normalize.js';
import { prepareRelatedIndex, relatedIndex } from '../../src/related/related-index.js';
import { scoringText } from '../../src/related/terms.js';
import { rebaseHtml } from '../../src/sanitize/rebase.js';
import { scanHtml } from '../../src/sanitize/scan.js';
import { htmlToText } from '../../src/sanitize/text.js';
import { expectNothingThrown, fixture, freshStore, shadow, unique, until } from '../helpers.js';
import { serve } from './harness.js';
import { blocking, longestTask, longTasksWork } from './main-thread.js';
import { describeMainThread } from '../main-thread.js';

/**
 * Issue 10, "Small feeds freeze the page": no input may block the main thread for more than
 * about 100 ms at a time. Each class found by the outside attack gets an input of our own,
 * grown past the size that froze the page before the fix (the numbers in each title were
 * measured on this machine before it), and must now be read in well under that.
 *
 * A synchronous call is one task: its time is measured directly (the fastest of three runs),
 * against the rule's 100 ms: the inputs here take a few milliseconds now, so a loaded machine
 * still passes, and the code before the fix took seconds, so it cannot.
 *
 * Elements and the sliced index are watched with the Long Tasks API, one run each. Their longest
 * task also holds the browser's own XML parse and a first render: 0-80 ms on a quiet run of
 * this machine, but the machine is shared with parallel work (load averages of 15-19 on its 2
 * cores were seen during these runs), so the bound there is a generous 250 ms. Before the fix
 * the same inputs blocked the page for 1.8 to 25 s.
 */
const BOUND = 100;
const LONG_TASK_BOUND = 250;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Kanał</title><link>https://miasto.example.org/</link>${items}</channel></rss>`;
const item = (i: number, fields: string) => `<item><title>Nr ${i}</title><link>https://miasto.example.org/${i}</link>${fields}</item>`;
const nested = (tag: string, n: number) => `<${tag}>`.repeat(n);

describeMainThread('reading feed text in linear time (issue 10)', () => {
  describe('the root element name', () => {
    it('reads a DOCTYPE of 32 to 32,000 [] pairs at once (28 pairs took 6 s, doubling with each)', () => {
      for (const pairs of [28, 32, 32_000]) {
        const text = `<!DOCTYPE x${'[]'.repeat(pairs)}`;
        expect(
          blocking(() => rootName(text)),
          `${pairs} pairs`,
        ).to.be.lessThan(BOUND);
        expect(
          blocking(() => detect(`${text}<rss>`)),
          `${pairs} pairs before a root`,
        ).to.be.lessThan(BOUND);
      }
      expect(rootName('<?xml version="1.0"?><!-- c --><!DOCTYPE rss [<!ENTITY a "]>">]><rss>')).to.equal('rss');
      expect(rootName(`<!DOCTYPE x${'[]'.repeat(32)}>\n<feed>`)).to.equal('feed');
    });

    it('reads 64 KB of unclosed comments, instructions and DOCTYPEs at once', () => {
      for (const open of ['<!--', '<?', '<!DOCTYPE [', '<!DOCTYPE <']) {
        const text = open.repeat(65536 / open.length);
        expect(
          blocking(() => rootName(text)),
          open,
        ).to.be.lessThan(BOUND);
      }
    });
  });

  describe('person names', () => {
    it('reads 250 KB of <a@a in an author at once (7 KB took 3 s, 8 KB 42 s)', () => {
      for (const size of [8_000, 32_000, 250_000]) {
        const author = '<a@a'.repeat(size / 4);
        expect(
          blocking(() => personName(author)),
          `${size} B`,
        ).to.be.lessThan(BOUND);
        if (size < 100_000)
          expect(
            blocking(() => parseFeed({ body: rss(item(1, `<author>${esc(author)}</author>`)) })),
            `${size} B in a feed`,
          ).to.be.lessThan(BOUND);
      }
    });

    it('still reads the usual forms', () => {
      expect(personName('jan@example.org (Jan Nowak)')).to.equal('Jan Nowak');
      expect(personName('Jan Nowak <jan@example.org>')).to.equal('Jan Nowak');
      expect(personName('Jan Nowak (jan@example.org)')).to.equal('Jan Nowak');
      expect(personName('Jan Nowak<jan@example.org>')).to.equal('Jan Nowak');
      expect(personName('jan@example.org')).to.equal('');
      expect(personName('Wydział Edukacji')).to.equal('Wydział Edukacji');
      expect(personName('<a@a<a@a')).to.equal('');
      expect(personName('<a@a <a@a')).to.equal('<a@a <a@a');
    });
  });

  describe('the first image of a body', () => {
    it('reads 100 KB of <img at once (12 s per item before)', () => {
      for (const junk of ['<img', '<img "', "<img a='", '<img src=x width=1 height=1>']) {
        const body = junk.repeat(100_000 / junk.length);
        expect(
          blocking(() => firstImage(body, 'https://miasto.example.org/')),
          junk,
        ).to.be.lessThan(BOUND);
      }
      const body = `${'<img width=1 height=1 src=/pixel.gif>'.repeat(100)}<p>Plac</p><IMG alt="Plac &amp; fontanna" SRC='/plac.jpg' width="800" height="600">`;
      expect(firstImage(body, 'https://miasto.example.org/a/')).to.deep.equal({
        src: 'https://miasto.example.org/plac.jpg',
        alt: 'Plac & fontanna',
        width: 800,
        height: 600,
      });
    });
  });

  describe('HTML pages given instead of a feed', () => {
    it('finds the advertised feed in 200 KB of nested tags at once (150 KB took 21 s)', () => {
      for (const tag of ['div', 'b', 'table', 'a']) {
        const page = `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss?a=1&amp;b=2"></head><body>${nested(tag, 200_000 / (tag.length + 2))}`;
        let found: string | undefined;
        expect(
          blocking(() => (found = advertisedFeed(page, 'https://miasto.example.org/aktualnosci'))),
          tag,
        ).to.be.lessThan(BOUND);
        expect(found).to.equal('https://miasto.example.org/rss?a=1&b=2');
        expect(
          blocking(() => parseFeed({ body: page, url: 'https://miasto.example.org/' })),
          `${tag}, read as a feed`,
        ).to.be.lessThan(BOUND);
      }
    });

    it('ignores feed links in comments and scripts, as a parser would', () => {
      const page =
        '<html><head><!-- <link rel=alternate type=application/rss+xml href=/old> --><script>"<link rel=alternate type=application/rss+xml href=/js>"</script><link rel="alternate stylesheet" href=/css><LINK REL=Alternate TYPE=application/atom+xml HREF=/atom></head>';
      expect(advertisedFeed(page, 'https://miasto.example.org/')).to.equal('https://miasto.example.org/atom');
    });
  });

  describe('bodies under xml:base', () => {
    it('rebases a deeply nested body without parsing it, at once (10-60 s before)', () => {
      const body = `<a href="mapa.html">mapa</a>${nested('div', 20_000)}<img src='/img/a.png?x=1&amp;copy=2' alt="a &quot;b&quot;">`;
      let rebased = '';
      expect(blocking(() => (rebased = rebaseHtml(body, 'https://miasto.example.org/x/')))).to.be.lessThan(BOUND);
      expect(rebased).to.equal(
        `<a href="https://miasto.example.org/x/mapa.html">mapa</a>${nested('div', 20_000)}<img src="https://miasto.example.org/img/a.png?x=1&amp;copy=2" alt="a &quot;b&quot;">`,
      );
      expect(
        rebaseHtml(
          '<p><!-- <a href="x"> --><script>"<a href=y>"</script><IMG SRCSET="a.png 1x, /b.png 2x" src=c.png title=\'"\'></p>',
          'https://miasto.example.org/x/',
        ),
      ).to.equal(
        '<p><!-- <a href="x"> --><script>"<a href=y>"</script><img srcset="https://miasto.example.org/x/a.png 1x, https://miasto.example.org/b.png 2x" src="https://miasto.example.org/x/c.png" title="&quot;"></p>',
      );
    });

    it('reads 50 Atom entries with deep bodies, their leads and one body at once', () => {
      const entries = Array.from(
        { length: 50 },
        (_, i) =>
          `<entry><link href="https://miasto.example.org/${i}"/><title>Nr ${i}</title><content type="html" xml:base="https://miasto.example.org/x/"><![CDATA[<a href="y">y</a>${nested('div', 1_100)}]]></content></entry>`,
      ).join('');
      const body = `<feed xmlns="http://www.w3.org/2005/Atom">${entries}</feed>`;
      expect(blocking(() => parseFeed({ body }).articles.map((a) => a.lead))).to.be.lessThan(BOUND);
      expect(blocking(() => parseFeed({ body }).articles[0].contentHtml)).to.be.lessThan(BOUND);
    });
  });

  describe('titles, leads and captions', () => {
    for (const tag of ['div', 'b', 'p', 'table', 'a', 'i']) {
      it(`reads 40 KB of nested <${tag}> in each field at once (0.6-4 s per field before)`, () => {
        const junk = nested(tag, 40_000 / (tag.length + 2));
        expect(
          blocking(() => htmlToText(junk)),
          'htmlToText',
        ).to.be.lessThan(BOUND);
        const feed = rss(
          item(
            1,
            `<title>${esc(junk)}</title><description>${esc(junk)}</description><media:content xmlns:media="http://search.yahoo.com/mrss/" url="https://miasto.example.org/p.jpg" medium="image"><media:description type="html">${esc(junk)}</media:description></media:content>`,
          ),
        );
        expect(
          blocking(() => parseFeed({ body: feed }).articles.map((a) => a.lead)),
          'RSS',
        ).to.be.lessThan(BOUND);
        const wp = JSON.stringify([
          {
            id: 1,
            link: 'https://miasto.example.org/1',
            title: { rendered: junk },
            excerpt: { rendered: junk },
            _embedded: { 'wp:featuredmedia': [{ source_url: 'https://miasto.example.org/p.jpg', caption: { rendered: junk } }] },
          },
        ]);
        expect(
          blocking(() => parseFeed({ body: wp }).articles.map((a) => a.lead)),
          'WordPress',
        ).to.be.lessThan(BOUND);
      });
    }

    it('reads text as before: tags out, entities decoded once, scripts dropped', () => {
      expect(htmlToText('<p>Plac&nbsp;Wolności &amp;amp; <b>rynek</b></p><p>&oacute;&#322;&#x17C; &copy 2026 &notit; &ampx</p>')).to.equal(
        'Plac Wolności &amp; rynek ół\u017c © 2026 ¬it; &x',
      );
      expect(htmlToText('a<script>alert(1)</script><style>p{}</style><template>t</template><noscript>n</noscript>b<br>c<!-- d -->')).to.equal('ab c');
      expect(htmlToText('<title>&lt;b&gt;</title><textarea><i>x</i></textarea><xmp>&amp;</xmp>')).to.equal('<b><i>x</i>&amp;');
      expect(htmlToText('1 < 2 > 0 &#128; &#0; &constructor;')).to.equal('1 < 2 > 0 € \ufffd &constructor;');
      expect(htmlToText('<a title="x>y">z</a> <b')).to.equal('z');
    });

    it('cuts a megabyte title, author, caption or tag list to what a reader can take', () => {
      const long = 'słowo '.repeat(200_000);
      const json = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: '1',
            url: 'https://miasto.example.org/1',
            title: long,
            tags: [long.slice(0, 10_000), ...Array.from({ length: 1_000 }, (_, i) => `tag ${i}`)],
            authors: [{ name: long }],
            image: 'https://miasto.example.org/p.jpg',
            _civic: { caption: long, alt: long, credit: long },
          },
        ],
      });
      const [article] = parseFeed({ body: json }).articles;
      expect(article.title.length).to.be.at.most(MAX_TEXT);
      expect(article.authors[0].length).to.be.at.most(MAX_TEXT);
      expect(article.tags).to.have.length(100);
      expect(article.tags[0].length).to.be.at.most(MAX_TEXT);
      expect(article.image!.caption!.length + article.image!.alt.length + article.image!.credit!.length).to.be.at.most(3 * MAX_TEXT);
    });
  });

  describe('the related index', () => {
    it('indexes 200 articles with nested leads and bodies of <script and < in slices (25 s before)', async () => {
      const items = Array.from({ length: MAX_ITEMS }, (_, i) =>
        item(
          i,
          `<description><![CDATA[${nested('div', 1_000)}]]></description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[${'<script'.repeat(300) + '<'.repeat(2_000)}]]></content:encoded>`,
        ),
      ).join('');
      const { articles } = parseFeed({ body: rss(items) });
      expect(articles).to.have.length(MAX_ITEMS);
      const { longest } = await longestTask(() => prepareRelatedIndex(articles));
      expect(longest).to.be.lessThan(LONG_TASK_BOUND);
      expect(blocking(() => relatedIndex(articles))).to.be.lessThan(1);
      expect(blocking(() => scoringText('<script'.repeat(100_000)))).to.be.lessThan(BOUND);
    });

    it('still strips scripts, styles, tags and entities for scoring', () => {
      expect(scoringText('a<SCRIPT>x</script >b<style>y</STYLE>c<p class="d">e&amp;f</p>g<h')).to.equal('a b c e f g<h');
    });
  });

  describe('unclosed tags in XML', () => {
    it('reads 100 KB of an unclosed <aaaa at once (30 KB took 0.8 s, 100 KB would take 9 s)', () => {
      for (const junk of [`<${'a'.repeat(100_000)}`, '<a '.repeat(33_000), `<a b="${'x'.repeat(100_000)}`, '<!DOCTYPE a>'.repeat(8_000)]) {
        expect(
          blocking(() => parseError(() => parseFeed({ body: `<rss><channel>${junk}` }))),
          junk.slice(0, 12),
        ).to.be.lessThan(BOUND);
      }
    });
  });

  describe('deep XML', () => {
    it('refuses a feed nested deeper than 256 levels before Chromium builds it (3,500 unclosed tags took 0.4 s)', () => {
      const deep = rss(item(1, `<description>${nested('b', 5_000)}</description>`));
      let caught: unknown;
      expect(
        blocking(() => {
          try {
            parseFeed({ body: deep });
          } catch (error) {
            caught = error;
          }
        }),
      ).to.be.lessThan(BOUND);
      expect(caught).to.be.instanceOf(FeedError);
      expect((caught as FeedError).message).to.contain('deeper than 256');
      const fine = rss(item(1, `${'<x:a xmlns:x="urn:x">'.repeat(200)}${'</x:a>'.repeat(200)}`));
      expect(parseFeed({ body: fine }).articles).to.have.length(1);
    });
  });

  describe('the HTML scanner', () => {
    it('reads every token of 200 KB of hostile markup once', () => {
      for (const junk of ['<a b="', "<a b='", '<!--', '<!-- --!', '<script>', '</', '<a =', '<a b=c ', '<title><title>', '<a>']) {
        const text = junk.repeat(200_000 / junk.length);
        let tags = 0;
        expect(
          blocking(() => scanHtml(text, { tag: () => void tags++ }, true)),
          junk,
        ).to.be.lessThan(BOUND);
      }
    });
  });
});

function parseError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
  }
}

describeMainThread('elements fed hostile feeds (issue 10)', function () {
  this.timeout(30_000);
  beforeEach(freshStore);
  expectNothingThrown();

  before(async () => {
    expect(await longTasksWork(), 'the Long Tasks API reports a 120 ms task').to.be.true;
  });

  /**
   * 200 items, every other one carrying one freeze the attack found, in turn (about 0.5 MB).
   * Before the fix this feed blocked the page for seconds in every element.
   */
  const hostileFeed = () =>
    rss(
      Array.from({ length: MAX_ITEMS }, (_, i) =>
        item(
          i,
          [
            `<author>${esc('<a@a'.repeat(500))}</author>`,
            `<description><![CDATA[${nested('div', 1_000)} słowa na koniec]]></description>`,
            `<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/" xml:base="https://miasto.example.org/x/"><![CDATA[<a href="y">y</a>${'<img'.repeat(1_200)}]]></content:encoded>`,
            `<description><![CDATA[<a href="y">y</a>${nested('b', 1_500)}]]></description>`,
            '<description>Zwykła wiadomość o sporcie.</description>',
          ][i % 2 ? 4 : (i / 2) % 4] + '<category>sport</category>',
        ),
      ).join(''),
    );

  const elements: [string, (src: string) => ReturnType<typeof html>][] = [
    ['civic-article-list', (src) => html`<civic-article-list src=${src} limit="5"></civic-article-list>`],
    ['civic-article-card', (src) => html`<civic-article-card src=${src}></civic-article-card>`],
    ['civic-related-articles', (src) => html`<civic-related-articles src=${src} for="https://miasto.example.org/0"></civic-related-articles>`],
    ['civic-article', (src) => html`<civic-article src=${src} article-id="https://miasto.example.org/4"></civic-article>`],
  ];

  for (const [name, template] of elements) {
    it(`<${name}> shows 200 hostile items with no long task`, async () => {
      // Once with an ordinary feed first: compiling the element's code on first use is not
      // what is measured.
      const warm = await render(html`<div lang="pl">${template(fixture('feed.json'))}</div>`);
      await until(warm.firstElementChild as CivicFeedElement, 'ready').catch(() => undefined);
      warm.remove();
      const src = await serve(unique(name), hostileFeed(), 'application/rss+xml');
      const { result: el, longest } = await longestTask(async () => {
        const wrapper = await render(html`<div lang="pl">${template(src)}</div>`);
        const element = wrapper.firstElementChild as CivicFeedElement;
        await until(element, 'ready');
        return element;
      });
      console.log(`<${name}>, 200 hostile items: longest task ${longest.toFixed(0)} ms`);
      expect(shadow(el).querySelector('[part~="title"]')).to.exist;
      expect(longest).to.be.lessThan(LONG_TASK_BOUND);
    });
  }

  it('<civic-article-list> given a 300 KB HTML page of nested tags says it is a page, with no long task', async () => {
    const page = `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>${nested('div', 60_000)}`;
    const src = await serve(unique('page'), page, 'text/html');
    const { result: el, longest } = await longestTask(async () => {
      const wrapper = await render(html`<div lang="pl"><civic-article-list src=${src}></civic-article-list></div>`);
      const element = wrapper.firstElementChild as CivicFeedElement;
      await until(element, 'error');
      return element;
    });
    console.log(`<civic-article-list>, 300 KB HTML page: longest task ${longest.toFixed(0)} ms`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(longest).to.be.lessThan(LONG_TASK_BOUND);
  });
});
