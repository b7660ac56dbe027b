import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { upgradePlaceholders } from '../../src/placeholders.js';
import { shadow, until } from '../helpers.js';

/** demo/configure.html in a frame, as a webmaster opens it (it loads the built bundle). */
async function configurePage(query: string): Promise<{ doc: Document; win: Window & { axe?: { run: (node: Node) => Promise<{ violations: { id: string }[] }> } } }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  frame.src = `/demo/configure.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow! as Window & { axe?: never } };
}

/** Waits for a real signal: the page's status line saying something that matches. */
async function statusSays(doc: Document, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 8000;
  const status = doc.getElementById('status')!;
  while (!pattern.test(status.textContent ?? '') && Date.now() < deadline) await new Promise((resolve) => requestAnimationFrame(resolve));
  return status.textContent ?? '';
}

describe('demo/configure.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('finds the feed a home page advertises, previews it and writes both snippets', async () => {
    const { doc } = await configurePage('?src=/demo/index.html');
    expect(await statusSays(doc, /Kanał działa/)).to.match(/Kanał działa: pokazano 5 artykułów/);
    const feed = new URL('/demo/feeds/aktualnosci.json', location.href).href;
    const element = (doc.getElementById('code-element') as HTMLTextAreaElement).value;
    const placeholder = (doc.getElementById('code-placeholder') as HTMLTextAreaElement).value;
    expect(element).to.include(`<script src="${new URL('/dist/civic-news.min.js', location.href).href}" defer></script>`);
    expect(element).to.include(`<civic-article-list src="${feed}"></civic-article-list>`);
    expect(placeholder).to.include(`<div data-civic-widget="article-list" data-src="${feed}"></div>`);

    // The placeholder snippet works on a page.
    const host = document.createElement('div');
    host.append(document.createRange().createContextualFragment(placeholder.split('\n')[1]));
    document.body.append(host);
    const [el] = upgradePlaceholders(host) as CivicArticleList[];
    await until(el, 'ready');
    expect(shadow(el).querySelectorAll('[part="title"]')).to.have.length(5);
    host.remove();
  });

  it('writes the options into the code, in English too', async () => {
    const { doc } = await configurePage('?lang=en&src=/demo/feeds/aktualnosci.json');
    await statusSays(doc, /works/);
    expect(doc.documentElement.lang).to.equal('en');
    const set = (id: string, value: string) => {
      const field = doc.getElementById(id) as HTMLInputElement;
      if (field.type === 'checkbox') field.checked = true;
      else field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('tags', 'sport, kultura');
    set('more', '');
    set('layout', 'grid');
    const code = (doc.getElementById('code-element') as HTMLTextAreaElement).value;
    expect(code).to.match(/<civic-article-list src="[^"]+" layout="grid" more tags="sport, kultura"><\/civic-article-list>/);
    expect((doc.getElementById('code-placeholder') as HTMLTextAreaElement).value).to.match(/data-layout="grid" data-more="" data-tags="sport, kultura"/);
    expect(await statusSays(doc, /works: 4/)).to.match(/works: 4 articles/);
  });

  it('has no axe violations', async () => {
    const { doc, win } = await configurePage('?src=/demo/feeds/aktualnosci.json');
    await statusSays(doc, /Kanał działa/);
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await ready;
    const result = await win.axe!.run(doc);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });
});
