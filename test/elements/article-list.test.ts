import { expect, fixture as render, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import type { Article } from '../../src/model/article.js';
import { fixture, freshStore, hits, shadow, unique, until, warmAxe, watchFetches } from '../helpers.js';
import { untilSaid } from '../a11y/harness.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/** A list with its attributes set before it connects, as in a page's HTML. */
async function list(src: string, attrs = ''): Promise<CivicArticleList> {
  const el = document.createElement('civic-article-list');
  el.setAttribute('lang', 'pl');
  el.setAttribute('src', src);
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value] = attr.split('=');
    el.setAttribute(name, value ?? '');
  }
  return render<CivicArticleList>(el);
}

const titles = (el: Element) => Array.from(shadow(el).querySelectorAll('[part="title"]')).map((h) => h.textContent!.trim());

describe('<civic-article-list>', () => {
  beforeEach(freshStore);
  afterEach(() => {
    expect((window as { __pwned?: number }).__pwned, 'no payload ran').to.be.undefined;
  });

  describe('with a served JSON Feed', () => {
    it('renders the newest articles as a list of linked titles', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      const items = shadow(el).querySelectorAll('ul[part="list"] > li[part="item"] > article[part="article"]');
      expect(items).to.have.length(5);
      const first = items[0];
      const link = first.querySelector('h3 > a[part="link"]') as HTMLAnchorElement;
      expect(link.textContent!.trim()).to.equal('Zmiana organizacji ruchu na ulicy Długiej');
      expect(link.href).to.equal('https://miasto.example.org/aktualnosci/a1');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20T07:00:00.000Z');
      expect(first.querySelector('time')!.textContent).to.equal(new Intl.DateTimeFormat('pl', { dateStyle: 'long' }).format(new Date('2026-11-20T07:00:00Z')));
      expect(first.querySelector('[part="lead"]')!.textContent).to.equal('Od poniedziałku ulica Długa będzie jednokierunkowa & bezpieczniejsza.');
      expect(first.querySelector('[part="credit"]')!.textContent).to.equal('fot. ZMP');
      expect(Array.from(first.querySelectorAll('[part="tags"] li')).map((li) => li.textContent)).to.deep.equal(['drogi', 'komunikacja']);
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('gives images async decoding, reserved space and a meaningful alt; the first loads at once, the rest lazily', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      const img = shadow(el).querySelector('img[part="image"]') as HTMLImageElement;
      // The first picture is likely in view and often the page's largest paint (issue 13).
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(img.getAttribute('fetchpriority')).to.equal('high');
      const many = await list('/__test/demo/feeds/aktualnosci.json', 'limit=4');
      await until(many, 'ready');
      const later = Array.from(shadow(many).querySelectorAll<HTMLImageElement>('img[part="image"]')).slice(1);
      expect(later.length).to.be.greaterThan(0);
      for (const other of later) expect([other.getAttribute('loading'), other.getAttribute('fetchpriority')]).to.deep.equal(['lazy', null]);
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('width')).to.equal('800');
      expect(img.getAttribute('height')).to.equal('450');
      expect(img.alt).to.equal('Znak zakazu wjazdu na ulicy Długiej');
      expect(getComputedStyle(img).aspectRatio).to.not.equal('auto');
      // Space is reserved before the image arrives: the box has a height already.
      expect(img.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('offers the WordPress media sizes as srcset and sizes, so a phone gets a phone-sized picture', async () => {
      const el = await list('/__test/demo/feeds/wordpress-posts.json', 'limit=1');
      await until(el, 'ready');
      const img = shadow(el).querySelector('img[part="image"]') as HTMLImageElement;
      expect(img.getAttribute('srcset')).to.match(/^https?:\/\/\S+ \d+w(, https?:\/\/\S+ \d+w)+$/);
      expect(img.getAttribute('sizes')).to.be.a('string').and.not.equal('');
      expect(img.srcset.split(', ')).to.include(`${img.getAttribute('src')} ${img.getAttribute('width')}w`);
    });

    it('binds a hostile title as text: the characters show and nothing runs', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      const hostile = shadow(el).querySelectorAll('article')[2];
      expect(hostile.querySelector('a')!.textContent).to.contain('<img src=x onerror=');
      expect(hostile.querySelector('img')).to.be.null;
      expect(hostile.querySelector('script')).to.be.null;
    });

    it('is accessible when ready', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      await expect(el).to.be.accessible();
    });

    it('resolves a relative src against the page', async () => {
      const el = await list(fixture('feed.json').replace(/^\//, ''));
      await until(el, 'ready');
      expect(titles(el)).to.have.length(5);
    });
  });

  describe('attributes', () => {
    it('re-renders when limit, heading, heading-level, hide and layout change', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      el.limit = 2;
      el.heading = 'Aktualności';
      el.headingLevel = 4;
      el.hide = 'image lead tags';
      el.layout = 'compact';
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      expect(shadow(el).querySelector('h3[part="heading"]')!.textContent).to.equal('Aktualności');
      expect(shadow(el).querySelectorAll('h4[part="title"]')).to.have.length(2);
      expect(shadow(el).querySelector('img, [part="lead"], [part="tags"]')).to.be.null;
      expect(el.getAttribute('layout')).to.equal('compact');
    });

    it('opens links in a new tab safely with target="_blank" and says so', async () => {
      const el = await list(fixture('feed.json'), 'target=_blank');
      await until(el, 'ready');
      const link = shadow(el).querySelector('a')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(otwiera się w nowej karcie)');
    });

    it('writes dates in the resolved language and style', async () => {
      const el = await list(fixture('feed.json'), 'lang=en date-style=short');
      await until(el, 'ready');
      expect(shadow(el).querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'short' }).format(new Date('2026-11-20T07:00:00Z')),
      );
      el.dateStyle = 'relative';
      await el.updateComplete;
      expect(shadow(el).querySelector('time')!.textContent).to.match(/ago|yesterday|last|in /);
    });

    it('takes its language from the nearest [lang] ancestor', async () => {
      const wrapper = await render(html`<div lang="en"><civic-article-list src=${fixture('empty.json')}></civic-article-list></div>`);
      const el = wrapper.querySelector('civic-article-list')!;
      await until(el, 'empty');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('No news to show.');
    });

    it('renders the articles property with no fetch', async () => {
      const el = await render<CivicArticleList>(html`<civic-article-list lang="pl"></civic-article-list>`);
      const loaded = oneEvent(el, 'civic-load');
      el.articles = [
        { id: 'x', url: 'https://e.example/x', title: 'Ręcznie podany', lead: '', authors: [], tags: [] },
        { id: 'y', url: 'javascript:alert(1)', title: 'Odrzucony', lead: '', authors: [], tags: [] },
      ] as Article[];
      const event = await loaded;
      expect(event.detail.articles.map((a: Article) => a.id)).to.deep.equal(['x']);
      expect(titles(el)).to.deep.equal(['Ręcznie podany']);
      expect(el.getAttribute('state')).to.equal('ready');
    });
  });

  describe('events', () => {
    it('fires civic-load with the articles and src after rendering', async () => {
      const src = fixture('feed.json');
      const el = document.createElement('civic-article-list');
      el.setAttribute('src', src);
      el.limit = 3;
      const loaded = oneEvent(el, 'civic-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.src).to.equal(src);
      expect(event.detail.articles).to.have.length(3);
      expect(event.bubbles && event.composed).to.be.true;
      expect(titles(el)).to.have.length(3);
      el.remove();
    });

    it('fires a cancelable civic-article-click, and preventDefault stops navigation', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      const link = shadow(el).querySelector('a')!;
      let navigated = true;
      el.addEventListener('civic-article-click', (event) => {
        expect(event.detail.article.id).to.equal('a1');
        event.preventDefault();
      });
      link.addEventListener('click', (event) => {
        navigated = !event.defaultPrevented;
      });
      link.click();
      expect(navigated).to.be.false;
    });
  });

  describe('loading', () => {
    it('is accessible and busy while loading, then ready', async () => {
      const el = await list(fixture('feed.json', { delay: 1500 }));
      expect(el.getAttribute('state')).to.equal('loading');
      expect(shadow(el).querySelector('.content')!.getAttribute('aria-busy')).to.equal('true');
      // The live region is born empty; "Loading…" comes only when loading lasts (over a second).
      await untilSaid(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Ładowanie');
      await expect(el).to.be.accessible();
      await until(el, 'ready');
      expect(shadow(el).querySelector('.content')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('ignores a late answer for an old src', async () => {
      const watch = watchFetches('delay=400');
      try {
        const el = await list(fixture('feed.json', { delay: 400 }));
        el.src = fixture('empty.json');
        await until(el, 'empty');
        expect(watch.requests).to.have.length(1);
        // The old request is over (answered or aborted), and a frame has passed to show it.
        await watch.requests[0].done;
        await nextFrame();
        await el.updateComplete;
        expect(el.getAttribute('state')).to.equal('empty');
        expect(titles(el)).to.have.length(0);
      } finally {
        watch.stop();
      }
    });

    it('aborts its request when removed', async () => {
      const watch = watchFetches('delay=400');
      try {
        const el = await list(fixture('feed.json', { delay: 400 }));
        let loaded = false;
        el.addEventListener('civic-load', () => (loaded = true));
        el.addEventListener('civic-error', () => (loaded = true));
        expect(watch.requests).to.have.length(1);
        const [request] = watch.requests;
        expect(request.signal?.aborted).to.be.false;
        el.remove();
        expect(request.signal?.aborted, 'the fetch is aborted').to.be.true;
        await request.done;
        await nextFrame();
        expect(loaded).to.be.false;
      } finally {
        watch.stop();
      }
    });

    it('makes one request for several widgets with the same feed', async () => {
      const key = unique('shared');
      const src = fixture('feed.json', { key, delay: 100 });
      const wrapper = await render(html`<div>
        <civic-article-list src=${src}></civic-article-list>
        <civic-article-list src=${src} limit="2"></civic-article-list>
        <civic-article-list src=${src} layout="grid"></civic-article-list>
      </div>`);
      const els = Array.from(wrapper.querySelectorAll('civic-article-list'));
      await Promise.all(els.map((el) => until(el, 'ready')));
      expect(await hits(key)).to.equal(1);
    });
  });

  describe('when the feed fails', () => {
    const cases: [string, string, string][] = [
      ['a malformed JSON body', fixture('truncated.json'), 'parse'],
      ['an HTML page instead of a feed', fixture('page.html'), 'format'],
      ['a 500', fixture('feed.json', { status: 500 }), 'http'],
      ['a 404', '/__test/status/404', 'http'],
      ['a network failure', 'http://127.0.0.1:9/feed.json', 'network'],
    ];
    for (const [name, src, code] of cases) {
      it(`shows a readable error for ${name} and fires civic-error with code ${code}`, async () => {
        const el = document.createElement('civic-article-list');
        el.lang = 'en';
        el.src = src;
        const failed = oneEvent(el, 'civic-error');
        document.body.append(el);
        const event = await failed;
        expect(event.detail.code).to.equal(code);
        expect(event.detail.src).to.equal(src);
        await until(el, 'error');
        const box = shadow(el).querySelector('[part="error"]')!;
        expect(box.textContent).to.contain(event.detail.message);
        expect(box.querySelector('button')!.textContent).to.equal('Try again');
        await expect(el).to.be.accessible();
        el.remove();
      });
    }

    it('names the advertised feed when src is a web page', async () => {
      const el = await list(fixture('page.html'));
      await until(el, 'error');
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain(`${location.origin}/rss/aktualnosci.xml`);
    });

    it('times out with code timeout', async () => {
      const el = await list(fixture('feed.json', { delay: 2000 }), 'timeout=0.2');
      const event = await oneEvent(el, 'civic-error');
      expect(event.detail.code).to.equal('timeout');
    });

    it('keeps the last good data when a refresh fails', async () => {
      const el = await list(fixture('feed.json'));
      await until(el, 'ready');
      el.src = fixture('truncated.json');
      await until(el, 'error');
      expect(titles(el)).to.have.length(5);
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('Pokazano ostatnio pobrane wiadomości.');
    });

    it('retries when the Retry button is pressed', async () => {
      const key = unique('retry');
      const el = document.createElement('civic-article-list');
      // A 404 is not retried on its own (a 503 would be, three times: test/elements/resilience.test.ts).
      el.src = fixture('feed.json', { status: 404, key });
      const first = oneEvent(el, 'civic-error');
      await render(el);
      await first;
      const again = oneEvent(el, 'civic-error');
      shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await again;
      expect(await hits(key)).to.equal(2);
    });

    it('leaves other widgets on the page alone', async () => {
      const wrapper = await render(html`<div>
        <civic-article-list src=${fixture('truncated.json')}></civic-article-list>
        <civic-article-list src=${fixture('feed.json')}></civic-article-list>
      </div>`);
      const [bad, good] = Array.from(wrapper.querySelectorAll('civic-article-list'));
      await until(bad, 'error');
      await until(good, 'ready');
    });
  });

  describe('when the feed is empty', () => {
    it('shows an accessible empty message, not an error', async () => {
      const el = await list(fixture('empty.json'));
      await until(el, 'empty');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Brak wiadomości');
      expect(shadow(el).querySelector('[part="heading"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });
});
