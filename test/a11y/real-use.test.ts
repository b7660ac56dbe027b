// Issue 14: the widgets as residents really use them. Every check starts from what a reader or a
// site does to the page (a spacing bookmarklet on the document, a 62.5% theme, a dark phone on a
// light site, Retry pressed on the keyboard, a feed that changes on the server), never from
// inside our shadow roots.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CivicFeedElement, WidgetState } from '../../src/elements/shared/feed-element.js';
import { needsDevtools } from '../devtools.js';
import { fixture, freshStore, unique, until, warmAxe } from '../helpers.js';
import { ELEMENTS, sampleFeed, type ElementCase } from './elements.js';
import { attributesFor, backgroundOf, contrast, deepActive, emulate, rgba, root, settle, textElements, unmountAll } from './harness.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

/** A stylesheet on the document, as a bookmarklet, a user style or a theme adds it. */
function pageStyle(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

/** An element of the table, in a column, in a state, after whatever `before` puts before it. */
async function place(c: ElementCase, state: WidgetState, attrs: Record<string, string> = {}, before = ''): Promise<CivicFeedElement> {
  const box = document.createElement('div');
  box.className = 'civic-test-column';
  box.lang = 'pl';
  box.style.width = '720px';
  // Trusted test markup: headings of the "page" around the widget.
  box.innerHTML = before;
  const el = document.createElement(c.tag) as CivicFeedElement;
  for (const [name, value] of Object.entries({ ...attributesFor(c, { state, lang: 'pl' }), ...attrs })) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  await until(el, state);
  await settle(el);
  return el;
}

const px = (value: string) => parseFloat(value);
const via = (options: Record<string, string | number>) =>
  `/__test/via?${new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)])).toString()}&url={url}`;

describe('text spacing set by the reader on the page (WCAG 1.4.12)', () => {
  let unstyle: () => void;
  // The WCAG text-spacing bookmarklet, applied to the document.
  before(() => {
    unstyle = pageStyle(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    );
  });
  after(() => unstyle());
  beforeEach(freshStore);
  afterEach(() => unmountAll());

  for (const c of ELEMENTS) {
    it(`reaches the text of <${c.tag}>`, async () => {
      const el = await place(c, 'ready');
      const texts = [...root(el).querySelectorAll('[part~="title"], [part~="lead"], [part~="meta"], time, [part="status"]')];
      expect(texts.length).to.be.greaterThan(1);
      for (const node of texts) {
        const style = getComputedStyle(node);
        const size = px(style.fontSize);
        const where = `${node.localName}[part=${node.getAttribute('part')}]`;
        expect(px(style.letterSpacing) / size, `${where} letter-spacing`).to.be.closeTo(0.12, 0.005);
        expect(px(style.wordSpacing) / size, `${where} word-spacing`).to.be.closeTo(0.16, 0.005);
        expect(px(style.lineHeight) / size, `${where} line-height`).to.be.at.least(1.49);
      }
    });
  }

  it('follows spacing inherited from <body>, not only from a * rule', async () => {
    const undo = pageStyle('body { letter-spacing: 2px; word-spacing: 5px; line-height: 1.8; }');
    try {
      unstyle();
      const el = await place(ELEMENTS[0], 'ready');
      const lead = root(el).querySelector('[part~="lead"]')!;
      const style = getComputedStyle(lead);
      expect([style.letterSpacing, style.wordSpacing]).to.deep.equal(['2px', '5px']);
      expect(px(style.lineHeight) / px(style.fontSize)).to.be.closeTo(1.8, 0.01);
    } finally {
      undo();
      unstyle = pageStyle(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      );
    }
  });
});

describe('on a CMS theme with html { font-size: 62.5% }', () => {
  let unstyle: () => void;
  before(() => (unstyle = pageStyle('html { font-size: 62.5%; } body { font-size: 1.6rem; }')));
  after(() => unstyle());
  beforeEach(freshStore);
  afterEach(() => unmountAll());

  for (const c of ELEMENTS) {
    it(`<${c.tag}>: text as large as the page's body text, Retry at least 44 px high`, async () => {
      const ready = await place(c, 'ready');
      const lead = root(ready).querySelector('[part~="lead"], [part~="title"]')!;
      expect(px(getComputedStyle(lead).fontSize)).to.be.at.least(16);
      const broken = await place(c, 'error');
      const retry = root(broken).querySelector('[part="retry"]')!;
      expect(retry.getBoundingClientRect().height).to.be.at.least(44);
      expect(px(getComputedStyle(root(broken).querySelector('[part="status"]')!).fontSize)).to.be.at.least(16);
    });
  }
});

describe('heading level from the page when heading-level is not set', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());
  const levels = (el: Element) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);

  it('titles one level below the page heading before the list', async () => {
    const list = await place(ELEMENTS[0], 'ready', { heading: '' }, '<h1>Urząd Miasta</h1>');
    expect(new Set(levels(list))).to.deep.equal(new Set(['h2']));
  });

  it('a block heading one below the nearest heading, titles below it', async () => {
    const list = await place(ELEMENTS[0], 'ready', {}, '<h1>Urząd Miasta</h1><h2>Na skróty</h2>');
    expect(levels(list)[0]).to.equal('h3');
    expect(new Set(levels(list).slice(1))).to.deep.equal(new Set(['h4']));
    const related = ELEMENTS.find((c) => c.tag === 'civic-related-articles')!;
    const block = await place(related, 'ready', {}, '<h1>Budżet obywatelski</h1>');
    expect(levels(block)[0]).to.equal('h2');
    expect(new Set(levels(block).slice(1))).to.deep.equal(new Set(['h3']));
  });

  it('keeps heading-level when it is set, and 3 with no heading before', async () => {
    const set = await place(ELEMENTS[0], 'ready', { heading: '', 'heading-level': '5' }, '<h1>Urząd Miasta</h1>');
    expect(new Set(levels(set))).to.deep.equal(new Set(['h5']));
    unmountAll();
    const none = await place(ELEMENTS[0], 'ready', { heading: '' });
    const before = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => h.compareDocumentPosition(none) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before).to.deep.equal([]);
    expect(new Set(levels(none))).to.deep.equal(new Set(['h3']));
  });
});

describe('colour scheme follows the page', () => {
  before(needsDevtools);
  beforeEach(freshStore);
  afterEach(async () => {
    unmountAll();
    document.documentElement.style.colorScheme = '';
    document.body.style.removeProperty('--civic-color-scheme');
    await emulate({});
  });
  const surface = (el: CivicFeedElement) => backgroundOf(root(el).querySelector('.root')!).slice(0, 3);
  const WHITE = [255, 255, 255];
  const BLACK = [0, 0, 0];

  it('a light site stays light on a phone in dark mode', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' });
    const el = await place(ELEMENTS[0], 'ready');
    expect(surface(el)).to.deep.equal(WHITE);
  });

  it('a site that follows the phone (color-scheme: light dark) makes the widget follow it', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    const el = await place(ELEMENTS[0], 'ready');
    expect(surface(el)).to.not.deep.equal(WHITE);
  });

  it('color-scheme="auto" follows the phone whatever the page', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' });
    const el = await place(ELEMENTS[0], 'ready', { 'color-scheme': 'auto' });
    expect(surface(el)).to.not.deep.equal(WHITE);
  });

  it("a site's contrast version switches every widget with one token", async () => {
    const el = await place(ELEMENTS[0], 'ready');
    expect(surface(el)).to.deep.equal(WHITE);
    document.body.style.setProperty('--civic-color-scheme', 'contrast');
    // The body's style attribute changed: the elements look again at the next render.
    await el.updateComplete;
    await settle(el);
    expect(surface(el)).to.deep.equal(BLACK);
    await expect(el).to.be.accessible();
  });
});

// No DevTools needed: the page's own style is the whole situation, so every engine runs these.
describe('colour scheme of a site that declares none', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());
  const surface = (el: CivicFeedElement) => backgroundOf(root(el).querySelector('.root')!);
  const lightness = ([r, g, b]: number[]) => (r + g + b) / 3;
  /** Every text of the widget against what is painted behind it, at AA. */
  const readable = (el: CivicFeedElement) => {
    const texts = textElements(root(el));
    expect(texts.length).to.be.greaterThan(2);
    for (const text of texts) {
      const style = getComputedStyle(text);
      const large = px(style.fontSize) >= 24 || (px(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      expect(contrast(rgba(style.color), backgroundOf(text)), `"${text.textContent!.trim().slice(0, 40)}" ${style.color}`).to.be.at.least(large ? 3 : 4.5);
    }
  };

  it('a dark site (light text on a dark background, computed color-scheme normal) gets dark boxes, all text AA', async () => {
    const unstyle = pageStyle('body { background: #111; color: #eee; }');
    try {
      expect(getComputedStyle(document.body).colorScheme).to.equal('normal');
      for (const c of ELEMENTS) {
        const el = await place(c, 'ready');
        expect(lightness(surface(el)), c.tag).to.be.below(80);
        expect(lightness(rgba(getComputedStyle(root(el).querySelector('[part~="title"]')!).color)), c.tag).to.be.above(180);
        readable(el);
        await expect(el).to.be.accessible();
        unmountAll();
      }
    } finally {
      unstyle();
    }
  });

  const staysLight: [string, string][] = [
    ['a site that declares color-scheme keeps it, whatever its text colour', 'html { color-scheme: light; } body { background: #111; color: #eee; }'],
    ['a site with dark (or grey) text and no declaration stays light', 'body { color: #767676; }'],
  ];
  for (const [title, css] of staysLight) {
    it(title, async () => {
      const unstyle = pageStyle(css);
      try {
        const el = await place(ELEMENTS[0], 'ready');
        expect(surface(el).slice(0, 3)).to.deep.equal([255, 255, 255]);
        readable(el);
      } finally {
        unstyle();
      }
    });
  }
});

describe('teasers a reader can use', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());
  const card = ELEMENTS.find((c) => c.tag === 'civic-article-card')!;

  it('card text can be selected: the lead is above the link that makes the card clickable', async () => {
    const el = await place(card, 'ready');
    const lead = root(el).querySelector('[part~="lead"]')!;
    const box = lead.getBoundingClientRect();
    const hit = root(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(lead.contains(hit), `hit ${hit?.localName}`).to.be.true;
    const title = root(el).querySelector('[part~="title"] a')!.getBoundingClientRect();
    expect(
      root(el)
        .elementFromPoint(title.left + 5, title.top + title.height / 2)
        ?.closest('a'),
    ).to.not.equal(null);
  });

  it('right-to-left items get dir, and text is hyphenated in its own language', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Mixed',
      items: [
        {
          id: 'ar-1',
          url: 'https://news.example/ar-1',
          title: 'افتتاح المكتبة الجديدة في المدينة اليوم!',
          summary: 'نص قصير.',
          language: 'ar',
          date_published: '2026-11-20T10:00:00Z',
        },
        {
          id: 'pl-1',
          url: 'https://news.example/pl-1',
          title: 'Konsultacje społeczne',
          summary: 'Współfinansowanie przedsięwzięć termomodernizacyjnych.',
          date_published: '2026-11-19T10:00:00Z',
        },
      ],
    };
    const src = `/__test/body?type=application/feed%2Bjson&text=${encodeURIComponent(JSON.stringify(feed))}`;
    const el = await place(ELEMENTS[0], 'ready', { src, heading: '' });
    const [rtl, ltr] = root(el).querySelectorAll('article');
    expect(rtl.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(rtl.querySelector('[part~="title"] a')!).direction).to.equal('rtl');
    expect(getComputedStyle(rtl.querySelector('[part~="lead"]')!).direction).to.equal('rtl');
    expect(getComputedStyle(ltr.querySelector('[part~="title"] a')!).direction).to.equal('ltr');
    const lead = ltr.querySelector('[part~="lead"]')!;
    expect(getComputedStyle(lead).hyphens).to.equal('auto');
    expect(lead.closest('[lang]')!.getAttribute('lang')).to.equal('pl');
  });

  it('UI words are marked with the UI language, the article’s words with its own (WCAG 3.1.2)', async () => {
    // An English feed (the demo's) on a Polish page: credit prefix and tag label are Polish.
    const el = await place(ELEMENTS[0], 'ready', { src: sampleFeed('en'), heading: '' });
    const langOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');
    const article = root(el).querySelector('article')!;
    expect(langOf(article.querySelector('[part~="title"]')!)).to.equal('en');
    const credit = root(el).querySelector('[part~="credit"]')!;
    expect(credit.textContent!.trim()).to.match(/^fot\. /);
    expect(langOf(credit)).to.equal('pl');
    const tags = root(el).querySelector('[part~="tags"]')!;
    expect([tags.getAttribute('aria-label'), langOf(tags)]).to.deep.equal(['Tagi', 'pl']);
    expect(langOf(tags.querySelector('li')!)).to.equal('en');
  });
});

/** Records what the live region says, one entry per change. */
function listenTo(el: CivicFeedElement): string[] {
  const region = root(el).querySelector('[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** Waits, frame by frame, until a condition holds (what the page shows or says), at most 8 s. */
async function frames(done: () => boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the page');
    await new Promise(requestAnimationFrame);
  }
}

/** Mounts an element without waiting for a state; resolves once rendered. */
async function start(c: ElementCase, attrs: Record<string, string>): Promise<CivicFeedElement> {
  const box = document.createElement('div');
  box.className = 'civic-test-column';
  box.lang = 'en';
  const el = document.createElement(c.tag) as CivicFeedElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  await el.updateComplete;
  return el;
}

describe('loading announcements', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());

  it('says nothing for a feed that arrives within a second', async () => {
    const el = await start(ELEMENTS[0], { src: fixture('feed.json', { delay: 200, key: unique('fast') }) });
    const said = listenTo(el);
    await until(el, 'ready');
    await settle(el);
    expect(said.filter(Boolean)).to.deep.equal([]);
  });

  it('says "Loading…" once for several widgets when it lasts', async () => {
    const slow = () => fixture('feed.json', { delay: 1800, key: unique('slow') });
    const els = await Promise.all([start(ELEMENTS[0], { src: slow() }), start(ELEMENTS[0], { src: slow() }), start(ELEMENTS[1], { src: slow() })]);
    const said = els.map(listenTo);
    await Promise.all(els.map((el) => until(el, 'ready')));
    await settle(els[0]);
    expect(said.flat().filter((text) => text === 'Loading news…')).to.have.length(1);
  });
});

describe('after Retry (WCAG 2.4.3, 2.4.7, 4.1.3)', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());

  const outcomes: { name: string; state: WidgetState; fails: number; said: RegExp }[] = [
    // A 503 is tried three times (issue 12): three failures make the first load fail.
    { name: 'the news loads', state: 'ready', fails: 3, said: /^Loaded \d+ articles?\.$/ },
    { name: 'the feed is empty', state: 'empty', fails: 3, said: /^No news to show\.$/ },
    { name: 'it fails again', state: 'error', fails: 9, said: /answered with an error/ },
  ];

  for (const c of ELEMENTS) {
    for (const outcome of outcomes) {
      it(`<${c.tag}>: ${outcome.name}: focus visible and sensible, result announced`, async () => {
        const key = unique('retry');
        const readyAttrs = attributesFor(c, { state: 'ready', lang: 'en' });
        const emptyAttrs = attributesFor(c, { state: 'empty', lang: 'en' });
        // The test proxy serves files of the project: the empty feed by its path.
        const attrs =
          outcome.state !== 'empty' ? readyAttrs : emptyAttrs.src.includes('empty.json') ? { ...emptyAttrs, src: '/test/fixtures/empty.json' } : emptyAttrs;
        // Through the test proxy: the first `fails` requests fail, then the feed is served.
        const el = await start(c, {
          ...attrs,
          src: attrs.src.startsWith('/') ? new URL(attrs.src, location.href).href : attrs.src,
          proxy: via({ fails: outcome.fails, key }),
        });
        await until(el, 'error');
        await settle(el);
        const said = listenTo(el);
        const retry = root(el).querySelector<HTMLElement>('[part="retry"]')!;
        retry.focus();
        await sendKeys({ press: 'Enter' });
        // The outcome is over when the live region has said it.
        await frames(() => said.some((text) => outcome.said.test(text)));
        expect(el.getAttribute('state')).to.equal(outcome.state);
        await settle(el);
        const active = deepActive() as HTMLElement;
        expect(active, 'focus is inside the widget').to.not.equal(null);
        expect(el.shadowRoot!.contains(active), `focus on ${active?.localName}`).to.be.true;
        const box = active.getBoundingClientRect();
        expect(box.height, 'focus target has height').to.be.greaterThan(10);
        // The ring of a teaser's link is drawn round its whole article (teaser.styles.ts).
        const ring = [active, active.closest('article')].some((node) => node && getComputedStyle(node).outlineStyle !== 'none');
        expect(ring, 'focus is drawn').to.be.true;
        if (outcome.state === 'ready') {
          expect(active.closest('[part~="title"]'), 'focus on the first title').to.equal(root(el).querySelector('[part~="title"]'));
        }
        if (outcome.state === 'error') expect(active.getAttribute('part')).to.equal('retry');
        expect(said.filter(Boolean).at(-1)).to.match(outcome.said);
      });
    }
  }
});

describe('new articles from a refresh wait behind a button (WCAG 2.2.2)', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());
  const item = (n: number) => ({ id: `n${n}`, url: `https://news.example/n${n}`, title: `Wiadomość ${n}`, date_published: `2026-11-${10 + n}T10:00:00Z` });
  const feed = (ids: number[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Miasto', items: ids.map(item) });
  const serve = (key: string, body: string) => fetch(`/__test/store/${key}`, { method: 'POST', headers: { 'content-type': 'application/feed+json' }, body });

  it('announces them politely, shows them when asked, and moves focus to the first', async function () {
    this.timeout(20000);
    const key = unique('refresh');
    await serve(key, feed([2, 1]));
    const el = await start(ELEMENTS[0], { src: `/__test/store/${key}`, refresh: '5', heading: '' });
    await until(el, 'ready');
    const said = listenTo(el);
    const titles = () => [...root(el).querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
    expect(titles()).to.deep.equal(['Wiadomość 2', 'Wiadomość 1']);
    await serve(key, feed([4, 3, 2, 1]));
    // The next refresh (5 s) finds two new articles: the list stays as it is.
    await frames(() => !!root(el).querySelector('[part="new-articles"]'), 12000);
    const button = root(el).querySelector<HTMLButtonElement>('[part="new-articles"]');
    expect(button!.textContent!.trim()).to.equal('2 new articles — show');
    expect(titles()).to.deep.equal(['Wiadomość 2', 'Wiadomość 1']);
    expect(said.filter(Boolean)).to.deep.equal(['2 new articles — show']);
    button!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settle(el);
    expect(titles()).to.deep.equal(['Wiadomość 4', 'Wiadomość 3', 'Wiadomość 2', 'Wiadomość 1']);
    expect(deepActive()?.closest('[part~="title"]')?.textContent?.trim()).to.equal('Wiadomość 4');
    expect(root(el).querySelector('[part="new-articles"]')).to.equal(null);
  });
});
