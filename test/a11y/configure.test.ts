import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicArticleList } from '../../src/elements/article-list/article-list.js';
import { upgradePlaceholders } from '../../src/placeholders.js';
import { shadow, until } from '../helpers.js';

/** demo/configure.html in a frame, as a webmaster opens it (it loads the built bundle). */
async function configurePage(
  query: string,
  base = '/demo/',
): Promise<{ doc: Document; win: Window & { axe?: { run: (node: Node) => Promise<{ violations: { id: string }[] }> } } }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  frame.src = `${base}configure.html${query}`;
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
    set('still', '');
    const code = (doc.getElementById('code-element') as HTMLTextAreaElement).value;
    // docs/styling.md, No layout shift: the first paint waits for the loader.
    expect(code).to.include(`<script src="${new URL('/dist/civic-news.min.js', location.href).href}" defer blocking="render"></script>`);
    expect(code).to.match(/<civic-article-list src="[^"]+" layout="grid" more tags="sport, kultura"><\/civic-article-list>/);
    expect((doc.getElementById('code-placeholder') as HTMLTextAreaElement).value).to.match(/data-layout="grid" data-more="" data-tags="sport, kultura"/);
    expect(await statusSays(doc, /works: 4/)).to.match(/works: 4 articles/);
  });

  it("works under the demo's strict CSP with Trusted Types, with no violation", async () => {
    const { doc } = await configurePage('?src=/demo/feeds/aktualnosci.json', '/__test/csp-site/demo/');
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    expect(await statusSays(doc, /Kanał działa/)).to.match(/pokazano 5 artykułów/);
    (doc.getElementById('more') as HTMLInputElement).click();
    const list = doc.querySelector('#preview civic-article-list')!;
    expect(list.hasAttribute('more'), 'the preview follows the options').to.be.true;
    await until(list as CivicArticleList, 'ready');
    // The page itself holds no inline script, style or handler for the CSP to refuse.
    expect(doc.querySelectorAll('[style], script:not([src]), style').length).to.equal(0);
    expect(violations).to.deep.equal([]);
  });

  it('explains in plain words a feed that another site does not let this page read (CORS)', async () => {
    const { publisher } = (await (await fetch('/__test/origins')).json()) as { publisher: string };
    const { doc } = await configurePage(`?src=${encodeURIComponent(`${publisher}/cors/none/demo/feeds/aktualnosci.json`)}`);
    const said = await statusSays(doc, /CORS/);
    expect(said).to.contain('nie pozwala innym stronom').and.contain('Access-Control-Allow-Origin: *').and.contain('proxy');
    expect(doc.getElementById('status')!.getAttribute('role')).to.equal('status');
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
