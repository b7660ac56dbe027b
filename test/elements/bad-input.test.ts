import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import type { WidgetState } from '../../src/elements/shared/feed-element.js';
import type { CivicErrorEvent, CivicLoadEvent } from '../../src/events.js';
import { MAX_ITEMS } from '../../src/feeds/draft.js';
import { corpus, expectNothingThrown, fixture, freshStore, shadow, until, warmAxe } from '../helpers.js';
import { settle } from '../security/harness.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

const titles = (el: Element) => Array.from(shadow(el).querySelectorAll('[part="title"]'), (h) => h.textContent!.trim());
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

/**
 * A list with bad input beside a list with a good feed, as on a page with two widgets, and the
 * bad one's first `civic-error` and `civic-load`, heard from its creation on (on a busy machine
 * the event may come before `render` resolves).
 */
async function pair(src: string): Promise<[CivicArticleList, CivicArticleList, { error: Promise<CivicErrorEvent>; load: Promise<CivicLoadEvent> }]> {
  let onError!: (event: CivicErrorEvent) => void;
  let onLoad!: (event: CivicLoadEvent) => void;
  const first = { error: new Promise<CivicErrorEvent>((resolve) => (onError = resolve)), load: new Promise<CivicLoadEvent>((resolve) => (onLoad = resolve)) };
  const wrapper = await render(html`<div lang="pl">
    <civic-article-list src=${src} format="auto" @civic-error=${onError} @civic-load=${onLoad}></civic-article-list>
    <civic-article-list src=${fixture('feed.json')}></civic-article-list>
  </div>`);
  const [bad, good] = Array.from(wrapper.querySelectorAll('civic-article-list')) as [CivicArticleList, CivicArticleList];
  return [bad, good, first];
}

describe('<civic-article-list>', () => {
  beforeEach(freshStore);
  expectNothingThrown();

  const failures: [string, string, string, string][] = [
    ['XML cut inside its first item', fixture('feeds/truncated-first-item.xml'), 'parse', 'plik źródła jest uszkodzony'],
    ['invalid JSON', fixture('truncated.json'), 'parse', 'plik źródła jest uszkodzony'],
    ['binary garbage', fixture('feeds/garbage.bin'), 'parse', 'plik źródła jest uszkodzony'],
    ['XML that is no feed', `/__test/body?type=application/xml&text=${encodeURIComponent('<urlset><url/></urlset>')}`, 'format', 'nie ma kanału wiadomości'],
  ];
  for (const [name, src, code, message] of failures) {
    describe(`when the feed is ${name}`, () => {
      it(`shows a readable error, fires civic-error with code ${code}, and leaves the other widget alone`, async () => {
        const [bad, good, first] = await pair(src);
        const event = await first.error;
        expect(event.detail.code).to.equal(code);
        await until(bad, 'error');
        expect(status(bad)).to.contain(message);
        expect(shadow(bad).querySelector('[part="error"] button')).to.exist;
        await until(good, 'ready');
        expect(titles(good)).to.have.length(5);
        await expect(bad).to.be.accessible();
      });
    });
  }

  describe('when the feed is cut short after a complete item (issue 11, item 9)', () => {
    it('shows the complete items and says in civic-load that the feed was cut', async () => {
      const [bad, good] = await pair(fixture('feeds/truncated.xml'));
      const event = await oneEvent(bad, 'civic-load');
      expect(event.detail.truncated).to.equal(true);
      expect(event.detail.articles).to.have.length(1);
      await until(bad, 'ready');
      expect(titles(bad)).to.deep.equal(['Ważne: zmiana godzin pracy urzędu & kasy']);
      await until(good, 'ready');
      await expect(bad).to.be.accessible();
    });

    it('does not say so for a whole feed', async () => {
      const [, good] = await pair(fixture('feeds/truncated.xml'));
      const event = await oneEvent(good, 'civic-load');
      expect(event.detail).not.to.have.property('truncated');
    });
  });

  describe('when the response names its Content-Location (issue 11, item 9)', () => {
    it('resolves the relative links of an RSS feed against it', async () => {
      const rss = '<rss version="2.0"><channel><title>G</title><item><title>A</title><link>aktualnosci/1</link></item></channel></rss>';
      const [bad] = await pair(`/__test/body?type=application/rss%2Bxml&location=/gmina/rss/kanal.xml&text=${encodeURIComponent(rss)}`);
      const event = await oneEvent(bad, 'civic-load');
      expect(event.detail.articles[0].url).to.equal(`${location.origin}/gmina/rss/aktualnosci/1`);
    });
  });

  describe('when the channel has no items', () => {
    it('is empty, not an error, and says there is no news', async () => {
      const [bad, good, first] = await pair(fixture('feeds/empty-channel.xml'));
      const event = await first.load;
      expect(event.detail.articles).to.deep.equal([]);
      await until(bad, 'empty');
      expect(status(bad)).to.equal('Brak wiadomości do wyświetlenia.');
      await until(good, 'ready');
      await expect(bad).to.be.accessible();
    });
  });

  describe('when the feed is an XML bomb', () => {
    it('expands no entity, reads no file, and shows the item with the references as text', async () => {
      const started = performance.now();
      const [bad, good] = await pair(fixture('feeds/bomb.xml'));
      await until(bad, 'ready');
      expect(performance.now() - started).to.be.lessThan(5000);
      expect(titles(bad)).to.deep.equal(['&lol9; &xxe;']);
      await until(good, 'ready');
    });
  });

  describe('when items have no title or no link', () => {
    it('shows the linked ones, naming an untitled one by the start of its text', async () => {
      const [bad, good] = await pair(fixture('feeds/no-titles-or-links.xml'));
      await until(bad, 'ready');
      // Every Article has the original's address (README, Feed formats: items without a link).
      expect(titles(bad)).to.deep.equal(['Z linkiem, bez tytułu: pierwsze słowa opisu zastępują tytuł.']);
      expect(Array.from(shadow(bad).querySelectorAll('[part="title"] a'), (a) => (a as HTMLAnchorElement).href)).to.deep.equal([
        'https://example.org/bez-tytulu',
      ]);
      await until(good, 'ready');
      await expect(bad).to.be.accessible();
    });
  });

  describe('when the feed is hostile (the html5sec vectors aimed at feed readers)', () => {
    it('shows its items (the newest 200 of 208) and runs none of them', async function () {
      this.timeout(20_000);
      const calls: string[] = [];
      const saved = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };
      window.alert = (m?: unknown) => void calls.push(`alert ${m}`);
      window.prompt = (m?: string) => (calls.push(`prompt ${m}`), null);
      window.confirm = (m?: string) => (calls.push(`confirm ${m}`), false);
      try {
        // Every item links to a data: URL; give each an http link so that all of them render.
        let n = 0;
        const text = (await (await fetch(corpus('html5sec-h5sc/generated/html5sec-hostile-feed.rss'))).text()).replace(
          /<link>data:[^<]*<\/link>/g,
          () => `<link>https://example.org/vector/${n++}</link>`,
        );
        const src = URL.createObjectURL(new Blob([text], { type: 'application/rss+xml' }));
        const el = await render<CivicArticleList>(html`<civic-article-list src=${src} format="auto" limit="300" lang="en"></civic-article-list>`);
        await until(el, 'ready');
        expect(titles(el)).to.have.length(MAX_ITEMS);
        expect(titles(el)[0]).to.equal('Vector 1 - "\'`>X');
        // Two frames, then a probe image that fails after any image the items asked for.
        await settle();
        const root = shadow(el);
        expect(root.querySelectorAll('script, iframe, object, embed, form, button:not([part="retry"]), svg, math, style:not(:first-child)')).to.have.length(0);
        for (const node of Array.from(root.querySelectorAll('*'))) {
          for (const attr of Array.from(node.attributes)) {
            expect(attr.name, `${node.localName} ${attr.name}`).to.not.match(/^on/i);
            if (/^(href|src)$/.test(attr.name)) expect(attr.value).to.match(/^https?:/);
          }
        }
        expect(calls).to.deep.equal([]);
        URL.revokeObjectURL(src);
      } finally {
        Object.assign(window, saved);
      }
    });
  });

  describe('when the feed is about 10 MB', () => {
    const big: [string, string][] = [
      ['RSS with 5,000 items', '/__test/big?format=rss&items=5000&size=2000'],
      ['Atom with 5,000 items', '/__test/big?format=atom&items=5000&size=2000'],
      ['JSON Feed with 5,000 items', '/__test/big?items=5000&size=2000'],
      ['RSS with one 10 MB item among 20', '/__test/big?format=rss&items=20&size=2000&huge=10000000'],
      ['Atom with one 10 MB item among 20', '/__test/big?format=atom&items=20&size=2000&huge=10000000'],
    ];
    for (const [name, src] of big) {
      it(`reads ${name} and shows the newest, the other widget too`, async function () {
        this.timeout(30_000);
        const [bad, good] = await pair(src);
        // Reading 10 MB takes seconds when other browsers share the machine (npm test's lanes):
        // the test's own 30 s, not until's usual 8 s.
        await until(bad, 'ready', 25_000);
        expect(titles(bad)).to.deep.equal(['Artykuł numer 0', 'Artykuł numer 1', 'Artykuł numer 2', 'Artykuł numer 3', 'Artykuł numer 4']);
        await until(good, 'ready');
        expect(['ready'] as WidgetState[]).to.include(good.getAttribute('state'));
      });
    }
  });
});
