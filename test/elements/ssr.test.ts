// Lit's hydration support must load before LitElement: the first import of this file.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, oneEvent } from '@open-wc/testing';
// The built package, as on the server (test/server/ssr.mjs): a page hydrates what the same
// release rendered, and the build's templates (white space taken out, issue 13) are not the
// sources' byte for byte, so hydrating src/ against dist/ would be a mismatch no user meets.
// Imported at run time: `npm test` builds dist/ after the type check.
const built = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;
import type { Article } from '../../src/model/article.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';

// Server-side rendering round trip (issue 16, docs/frameworks.md): the test server renders a
// list and a card with Lit SSR from the built package (test/server/ssr.mjs), the page parses
// that HTML with its declarative shadow roots, gives each element the same articles and
// hydrates it. Hydrated, the elements keep the server's nodes (no second render, no flash),
// fetch nothing, and show the same markup as elements rendered in the browser alone.

/** The HTML parsed as a page parses it: declarative shadow roots become shadow roots. */
async function parsePage(markup: string): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><body><div>${markup}</div></body>`;
  const ready = oneEvent(frame, 'load');
  document.body.append(frame);
  await ready;
  const root = document.adoptNode(frame.contentDocument!.body.firstElementChild as HTMLElement);
  frame.remove();
  return root;
}

/** A shadow root's markup without Lit's comment markers, styles, layout-only white space and attribute order. */
function markup(root: ShadowRoot): string {
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  copy.querySelectorAll('style').forEach((style) => style.remove());
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode!.removeChild(comment));
  // Lit SSR writes a tag's static attributes before its bound ones; the order means nothing.
  for (const el of copy.querySelectorAll('*')) {
    const attrs = Array.from(el.attributes, (a) => [a.name, a.value]).sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attrs) el.removeAttribute(name);
    for (const [name, value] of attrs) el.setAttribute(name, value);
  }
  return copy.innerHTML.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
}

async function clientRendered(tag: string, attrs: Record<string, string>, articles: Article[]): Promise<CivicFeedElement> {
  const el = document.createElement(tag) as CivicFeedElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'civic-load');
  el.articles = articles;
  document.body.append(el);
  await loaded;
  return el;
}

describe('server-side rendering with Lit SSR', () => {
  let rendered: { html: string; articles: Article[] };
  let page: HTMLElement;
  before(async () => {
    await Promise.all([import(built('article-card.js')), import(built('article-list.js'))]);
    rendered = (await (await fetch('/__test/ssr')).json()) as typeof rendered;
  });
  beforeEach(async () => {
    page = await parsePage(rendered.html);
    document.body.append(page);
  });
  afterEach(() => page.remove());

  it('shows the articles before any script of ours runs on them', () => {
    const list = page.querySelector('civic-article-list')!;
    expect(list.shadowRoot, 'a declarative shadow root').to.exist;
    expect(list.hasAttribute('defer-hydration')).to.equal(true);
    const titles = Array.from(list.shadowRoot!.querySelectorAll('[part~="title"]'), (h) => h.textContent!.trim());
    expect(titles).to.deep.equal(rendered.articles.slice(0, 3).map((article) => article.title));
    expect(list.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Aktualności');
  });

  for (const [tag, attrs] of [
    ['civic-article-list', { lang: 'pl', limit: '3', heading: 'Aktualności', 'heading-level': '3' }],
    ['civic-article-card', { lang: 'pl', 'article-id': 'a5' }],
  ] as const) {
    it(`hydrates <${tag}> without rendering again or fetching, as the browser renders it`, async () => {
      const el = page.querySelector(tag) as CivicFeedElement;
      const link = el.shadowRoot!.querySelector('a[part~="link"]');
      const feedsBefore = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('feed.json')).length;
      const loaded = oneEvent(el, 'civic-load');
      el.articles = rendered.articles;
      el.removeAttribute('defer-hydration');
      const event = await loaded;
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('a[part~="link"]'), 'the server-rendered link node is kept').to.equal(link);
      expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('feed.json')).length).to.equal(feedsBefore);
      expect((event as CustomEvent<{ articles: Article[] }>).detail.articles.length).to.be.greaterThan(0);
      const client = await clientRendered(tag, attrs, rendered.articles);
      try {
        expect(markup(el.shadowRoot!)).to.equal(markup(client.shadowRoot!));
      } finally {
        client.remove();
      }
    });
  }
});
