import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feeds/parse.js';
import { corpora, executions, inspect, installTraps, payloadArticles, payloadFeeds, payloadRssFeeds, provoke, resetTraps, serve, settle } from './harness.js';
import { fetched, openPage, type Page } from './pages.js';

/** The policy, plus the Trusted Types policy names the widgets need (README, Security). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; require-trusted-types-for 'script'; trusted-types lit-html civic-news-inert";

/**
 * Every element, as the corpus proofs place it: lists and related blocks show a whole feed, the
 * article view each article (each body through the sanitizer), and the card its feed's first
 * article. A card draws the same teaser template as the list (renderTeaser), so the list already
 * shows every payload in every field that way; a card per article took a third of the proofs' time.
 */
const ELEMENTS: { tag: string; attrs: Record<string, string>; each: boolean }[] = [
  { tag: 'civic-article-list', attrs: { limit: '1000' }, each: false },
  { tag: 'civic-article-card', attrs: {}, each: false },
  { tag: 'civic-article', attrs: {}, each: true },
  { tag: 'civic-related-articles', attrs: { for: 'https://news.example.org/none', limit: '1000' }, each: false },
];
const FINAL = new Set(['ready', 'empty', 'error']);
type Civic = HTMLElement & { updateComplete: Promise<boolean> };

/** Whether the element reached a final state (its body rendered) within `ms`. */
async function final(el: Civic, ms = 20_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (FINAL.has(el.getAttribute('state') ?? '')) {
      await el.updateComplete;
      return true;
    }
    await new Promise((resolve) => {
      el.addEventListener('civic-load', resolve, { once: true });
      el.addEventListener('civic-error', resolve, { once: true });
      setTimeout(resolve, 200);
    });
  }
  return false;
}

/**
 * Puts `specs` into the page 60 elements at a time: each batch must reach a final state, is
 * provoked (clicks, focus, hover), inspected and removed. Returns the stuck, those whose final
 * state is not `ready`, and the problems found, each named by `label`.
 */
async function renderInBatches(
  doc: Document,
  specs: { label: string; make: () => Civic }[],
): Promise<{ elements: number; stuck: string[]; notReady: string[]; problems: string[] }> {
  const stuck: string[] = [];
  const notReady: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < specs.length; i += 60) {
    const group = specs.slice(i, i + 60);
    const batch = group.map(({ make }) => {
      const el = make();
      doc.body.append(el);
      return el;
    });
    const done = await Promise.all(batch.map((el) => final(el)));
    batch.forEach((el, k) => {
      if (!done[k]) stuck.push(`${group[k].label}: ${el.getAttribute('state')}`);
      else if (el.getAttribute('state') !== 'ready') notReady.push(`${group[k].label}: ${el.getAttribute('state')}`);
    });
    for (const el of batch) provoke(el);
    await settle(doc);
    problems.push(...batch.flatMap((el, k) => inspect(el, group[k].label)));
    for (const el of batch) el.remove();
  }
  return { elements: specs.length, stuck, notReady, problems };
}

/**
 * The widgets under `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'
 * https: data:; require-trusted-types-for 'script'; trusted-types lit-html civic-news-inert`,
 * sent as a real HTTP header: every element renders, and the page records no violation.
 */
describe('under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(120_000);
  const pages: Page[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  it('is served with the policy as an HTTP header', async () => {
    const response = await fetch('/__test/csp/pages/all-elements.html');
    expect(response.headers.get('content-security-policy')).to.equal(CSP);
  });

  it('catches a violation when there is one (control)', async () => {
    const page = await openPage('csp', 'csp-control.html', []);
    pages.push(page);
    await settle(page.doc);
    expect(page.win.__civicViolations.length).to.be.greaterThan(0);
    // Trusted Types are enforced: a string sink throws, and is reported. (A TypeError in every
    // engine; only Chromium's message names TrustedHTML.)
    const before = page.win.__civicViolations.length;
    expect(() => {
      page.doc.createElement('div').innerHTML = '<b>x</b>';
    })
      .to.throw()
      .with.property('name', 'TypeError');
    await settle(page.doc);
    expect(page.win.__civicViolations.length).to.equal(before + 1);
  });

  for (const [name, build] of [
    ['all-elements.html', 'the script-tag bundle, with its lazily loaded sanitizer'],
    ['all-elements-esm.html', 'the ES modules'],
  ]) {
    it(`shows every element with no violation: ${build}`, async () => {
      const page = await openPage('csp', name);
      pages.push(page);
      const { win, doc, elements } = page;
      expect(elements.map((el) => `${el.localName} ${el.getAttribute('state')}`)).to.deep.equal([
        'civic-article-list ready',
        'civic-article-card ready',
        'civic-article ready',
        'civic-related-articles ready',
        'civic-article ready',
      ]);
      const article = elements[2];
      expect(article.shadowRoot!.querySelector('[part="body"] table caption')!.textContent).to.equal('Godziny otwarcia');
      expect(elements[4].shadowRoot!.querySelector('[part="body"] h3')!.textContent).to.equal('New hours');
      // The styles arrived too (adopted style sheets need no style-src exception).
      expect(getComputedStyle(article.shadowRoot!.querySelector('[part="title"]')!).fontWeight).to.equal('700');
      await settle(doc);
      expect(win.__civicViolations).to.deep.equal([]);
      expect(win.__civicErrors).to.deep.equal([]);
      if (name === 'all-elements.html') expect(fetched(win)).to.include('/dist/civic-news-sanitizer.min.js');
    });
  }

  it('shows the demo page demo/csp.html, served with the header, with no violation', async () => {
    const response = await fetch('/demo/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(CSP);
    const page = await openPage('fixture', '', undefined, '/demo/csp.html');
    pages.push(page);
    expect(page.elements.map((el) => `${el.localName} ${el.getAttribute('state')}`)).to.deep.equal([
      'civic-article-list ready',
      'civic-article-card ready',
      'civic-article ready',
      'civic-related-articles ready',
    ]);
    expect(page.elements[2].shadowRoot!.querySelectorAll('[part="body"] table, [part="body"] ul, [part="body"] h4')).to.have.length(4);
    await settle(page.doc);
    expect(page.win.__civicViolations).to.deep.equal([]);
    expect(page.doc.getElementById('violations')!.textContent).to.equal('0');
  });

  // Issue 11, item 1: rebasing a body's URLs against its xml:base once set `src` on raw parsed
  // <embed>/<script>, Trusted Types threw, and <civic-article> and <civic-related-articles> stayed
  // on their skeleton forever. Rebasing now touches only what the sanitizer keeps.
  for (const [name, build] of [
    ['xml-base-embeds.html', 'the ES modules'],
    ['xml-base-embeds-bundle.html', 'the script-tag bundle'],
  ]) {
    it(`shows every element of a feed whose bodies set xml:base around script-ish elements: ${build}`, async () => {
      const page = await openPage('csp', name);
      pages.push(page);
      const { win, doc, elements } = page;
      expect(elements.map((el) => `${el.localName} ${el.getAttribute('state')}`)).to.deep.equal([
        'civic-article-list ready',
        'civic-article-card ready',
        'civic-article ready',
        'civic-related-articles ready',
      ]);
      const body = elements[2].shadowRoot!.querySelector('[part="body"]')!;
      // xml:base still applies to what is shown, and nothing script-ish is left.
      expect(body.querySelector('img')!.getAttribute('src')).to.equal('https://gmina.example.org/media/zdjecia/sala.jpg');
      expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://gmina.example.org/protokol.pdf');
      expect(body.querySelectorAll('script, embed, iframe, object, video, svg')).to.have.length(0);
      const related = elements[3].shadowRoot!.querySelectorAll('[part="title"]');
      expect(Array.from(related, (h) => h.textContent!.trim())).to.deep.equal(['Budżet gminy na przyszły rok przyjęty']);
      await settle(doc);
      expect(win.__civicViolations).to.deep.equal([]);
      expect(win.__civicErrors).to.deep.equal([]);
    });
  }

  it('renders every corpus payload as a body in the bundle with no violation and nothing run', async () => {
    const page = await openPage('csp', 'all-elements.html');
    pages.push(page);
    const { win, doc } = page;
    installTraps(win);
    resetTraps(win);
    const payloads = (await corpora()).flatMap((c) => c.payloads.map((payload, i) => ({ id: `${c.name}-${i}`, payload })));
    expect(payloads).to.have.length(223 + 149 + 208 + 17);
    const problems: string[] = [];
    for (let i = 0; i < payloads.length; i += 50) {
      const batch = payloads.slice(i, i + 50).map(({ id, payload }) => {
        const el = doc.createElement('civic-article') as HTMLElement & { articles: unknown[]; updateComplete: Promise<boolean> };
        el.articles = [{ id, url: `${location.origin}/__test/xss/${id}`, title: id, lead: '', authors: [], tags: [], contentHtml: payload }];
        doc.body.append(el);
        return el;
      });
      await Promise.all(batch.map((el) => el.updateComplete));
      for (const el of batch) provoke(el);
      await settle(doc);
      problems.push(...batch.flatMap((el) => inspect(el, el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim())));
      for (const el of batch) el.remove();
    }
    expect(problems).to.deep.equal([]);
    expect(executions(win).count).to.equal(0);
    expect(win.__civicViolations).to.deep.equal([]);
  });

  // A page given as `src` is read for its advertised feed; its <link> tags were parsed, and their
  // handlers and styles reported to the host page's CSP (issue 11). They are now only scanned.
  it('finds the feed a hostile page advertises with no violation', async () => {
    const page = await openPage('csp', 'all-elements.html');
    pages.push(page);
    const { win, doc } = page;
    resetTraps(win);
    const feed = await serve('csp-advertised.json', payloadFeeds({ name: 'advertised', payloads: ['Sesja'] })[0], 'application/feed+json');
    const html =
      `<!doctype html><html><head><link rel="stylesheet" href="x.css" onload="alert(1)" style="color:red"><style>p{}</style>` +
      `<link rel="Alternate" type="application/feed+json" href="${feed.split('/').pop()}" onerror="alert(2)" onload="alert(3)" style="color:red"></head><body><p onclick="x">Strona</p></body></html>`;
    const src = await serve('csp-advertising.html', html, 'text/html');
    const el = doc.createElement('civic-article-list') as Civic;
    el.setAttribute('src', src);
    doc.body.append(el);
    expect(await final(el)).to.equal(true);
    // A page is not a feed: the element says so and names the feed the page advertises.
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.textContent).to.include(new URL(feed, location.href).href);
    await settle(doc);
    expect(win.__civicViolations).to.deep.equal([]);
    expect(executions(win).count).to.equal(0);
  });

  // Atom xhtml content declares the XHTML namespace: the XML parse made HTML elements of it and
  // reported their handlers, styles and <style>/<script> (issue 11). Parsed under a private name now.
  it('reads an Atom feed of xhtml content with handlers, styles and SVG with no violation', async () => {
    const page = await openPage('csp', 'all-elements.html');
    pages.push(page);
    const { win, doc } = page;
    resetTraps(win);
    const entry = (n: number) =>
      `<entry><id>urn:x:${n}</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b onclick="alert(1)" style="color:red">Sesja ${n}</b></div></title>` +
      `<link href="https://gmina.example.org/${n}"/><updated>2026-11-2${n}T10:00:00Z</updated>` +
      `<summary type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p onmouseover="alert(2)">Lead ${n}</x:p></x:div></summary>` +
      `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p style="color:red" onclick="alert(3)">Body ${n}</p><style>p{}</style><script>alert(4)</script>` +
      `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(5)"><style>p{}</style></svg><math xmlns="http://www.w3.org/1998/Math/MathML" style="color:red"/></div></content></entry>`;
    const feed = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gmina</title><id>urn:x:feed</id><updated>2026-11-22T10:00:00Z</updated>${entry(1)}${entry(2)}</feed>`;
    const src = await serve('csp-xhtml.atom', feed, 'application/atom+xml');
    const list = doc.createElement('civic-article-list') as Civic;
    const article = doc.createElement('civic-article') as Civic;
    list.setAttribute('src', src);
    article.setAttribute('src', src);
    article.setAttribute('article-id', 'urn:x:2');
    doc.body.append(list, article);
    expect(await Promise.all([final(list), final(article)])).to.deep.equal([true, true]);
    expect(Array.from(list.shadowRoot!.querySelectorAll('[part="title"]'), (t) => t.textContent!.trim())).to.deep.equal(['Sesja 1', 'Sesja 2']);
    expect(article.shadowRoot!.querySelector('[part="body"]')!.textContent!.trim()).to.equal('Body 2');
    await settle(doc);
    expect(win.__civicViolations).to.deep.equal([]);
    expect(executions(win).count).to.equal(0);
  });
});

/**
 * The corpus proofs, for pages without CSP and pages with a strict one at once: the policy above
 * sent as Content-Security-Policy-Report-Only blocks nothing, as on a page without CSP, so any
 * payload that got through would run (and be caught by the traps), and it reports everything a
 * strict policy would block (a handler, a style attribute, a string given to a Trusted Types sink,
 * even one that is removed at once). test/security/xss.test.ts keeps the proofs of the other
 * paths (article bodies, the hostile RSS feed) on a page without any policy.
 */
describe('every corpus payload under the same policy, reported only (a page without CSP, and what a strict one would block)', function () {
  this.timeout(180_000);
  const pages: Page[] = [];
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  it('is served with the policy as a report-only header', async () => {
    const response = await fetch('/__test/csp-report/pages/all-elements.html');
    expect(response.headers.get('content-security-policy-report-only')).to.equal(CSP);
    expect(response.headers.get('content-security-policy')).to.equal(null);
  });

  it('runs a handler and reports it (control): the proofs below would see both', async () => {
    const page = await openPage('csp-report', 'all-elements.html');
    pages.push(page);
    const { win, doc } = page;
    installTraps(win);
    resetTraps(win);
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    doc.body.append(host);
    // Unsanitized on purpose, through a Trusted Types policy the page allows (report-only, so
    // a string would do too, and be reported): what the widgets must never do.
    const policy = (win as unknown as { trustedTypes: { createPolicy(n: string, o: object): { createHTML(s: string): string } } }).trustedTypes.createPolicy(
      'civic-news-inert',
      { createHTML: (s: string) => s },
    );
    root.innerHTML = policy.createHTML('<img src="/__test/status/404?report-only-control" onerror="alert(1)">');
    await settle(doc);
    await new Promise((resolve) => setTimeout(resolve, 100));
    host.remove();
    expect(executions(win).calls).to.include('alert(1)');
    expect(win.__civicViolations.some((v) => v.startsWith('script-src'))).to.equal(true);
  });

  // Issue 11, item 3: titles and leads were parsed from raw feed HTML outside the one door and
  // reported script-src-attr, style-src-attr and style-src-elem. Every corpus payload goes in
  // served JSON Feeds and RSS feeds (HTML titles and descriptions) as title, lead, body, link,
  // picture, author and tag, in three variants of link and picture, into every element.
  it('shows every corpus payload in every field of every element, through JSON Feed and RSS: nothing runs, no violation, all shown', async () => {
    const page = await openPage('csp-report', 'all-elements.html');
    pages.push(page);
    const { win, doc } = page;
    installTraps(win);
    resetTraps(win);
    const all = await corpora();
    const payloads = all.reduce((n, c) => n + c.payloads.length, 0);
    let elements = 0;
    let items = 0;
    const kept = { json: 0, rss: 0 };
    const stuck: string[] = [];
    const notReady: string[] = [];
    const problems: string[] = [];
    for (const corpus of all) {
      const feeds = [
        ...payloadFeeds(corpus).map((body, k) => ({ key: `csp-${corpus.name}-${k}.json`, body, type: 'application/feed+json' })),
        ...payloadRssFeeds(corpus).map((body, k) => ({ key: `csp-${corpus.name}-${k}.rss`, body, type: 'application/rss+xml' })),
      ];
      for (const { key, body, type } of feeds) {
        const src = await serve(key, body, type);
        const ids = parseFeed({ body, url: new URL(src, location.href).href }).articles.map((a) => a.id);
        items += ids.length;
        kept[type === 'application/rss+xml' ? 'rss' : 'json'] += ids.length;
        const wanted = ELEMENTS.flatMap(({ tag, attrs, each }) =>
          each ? ids.map((id) => ({ tag, attrs: { ...attrs, 'article-id': id } })) : [{ tag, attrs }],
        );
        const done = await renderInBatches(
          doc,
          wanted.map(({ tag, attrs }) => ({
            label: `${key} ${tag} ${attrs['article-id'] ?? ''}`,
            make: () => {
              const el = doc.createElement(tag) as Civic;
              el.setAttribute('lang', 'pl');
              for (const [name, value] of Object.entries({ ...attrs, src })) el.setAttribute(name, value);
              return el;
            },
          })),
        );
        elements += done.elements;
        stuck.push(...done.stuck);
        notReady.push(...done.notReady);
        problems.push(...done.problems);
      }
    }
    await settle(doc);
    console.log(
      `csp proof: ${payloads} payloads x 3 variants, ${items} feed items kept (${kept.json} JSON Feed, ${kept.rss} RSS; ` +
        `items whose link is not http(s) are dropped by design) in ${elements} elements (4 kinds); ` +
        `${win.__civicViolations.length} violations, ${stuck.length} stuck, ${executions(win).count} executions`,
    );
    // Every payload reached the screen at least once in each format (as the variant with a clean link).
    expect(kept.json).to.be.at.least(payloads);
    expect(kept.rss).to.be.at.least(payloads);
    expect(stuck).to.deep.equal([]);
    // Every item the reader kept is shown, by every element.
    expect(notReady).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    expect(executions(win).count).to.equal(0);
    expect(win.__civicViolations).to.deep.equal([]);
    expect(win.__civicErrors).to.deep.equal([]);
  });

  // The same payloads set directly as Article objects (no feed reader), so the variants whose
  // link is the payload itself, which readers drop, are placed too: link, picture, title, lead.
  it('shows every corpus payload in every field of every element set directly: nothing runs, no violation, none stuck', async () => {
    const page = await openPage('csp-report', 'all-elements.html');
    pages.push(page);
    const { win, doc } = page;
    installTraps(win);
    resetTraps(win);
    const articles = (await corpora()).flatMap((c) => c.payloads.flatMap((payload, i) => payloadArticles(payload, `${c.name}-${i}`)));
    const groups = ELEMENTS.flatMap(({ tag, attrs, each }) => {
      const size = each ? 1 : 600;
      const list: { tag: string; attrs: Record<string, string>; articles: unknown[] }[] = [];
      for (let i = 0; i < articles.length; i += size) list.push({ tag, attrs, articles: articles.slice(i, i + size) });
      return list;
    });
    const { elements, stuck, problems } = await renderInBatches(
      doc,
      groups.map(({ tag, attrs, articles: group }, i) => ({
        label: `${tag} #${i}`,
        make: () => {
          const el = doc.createElement(tag) as Civic & { articles: unknown[] };
          el.setAttribute('lang', 'pl');
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          el.articles = group;
          return el;
        },
      })),
    );
    await settle(doc);
    console.log(
      `csp proof, set directly: ${articles.length} articles in ${elements} elements; ${win.__civicViolations.length} violations, ${stuck.length} stuck`,
    );
    expect(articles).to.have.length(3 * (223 + 149 + 208 + 17));
    expect(stuck).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    expect(executions(win).count).to.equal(0);
    expect(win.__civicViolations).to.deep.equal([]);
    expect(win.__civicErrors).to.deep.equal([]);
  });
});
