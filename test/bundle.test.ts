import { expect } from '@open-wc/testing';
import { addBundle, fixture, shadow, until } from './helpers.js';
import type { CivicFeedElement } from '../src/elements/shared/feed-element.js';

// The built script-tag bundle, as a webmaster uses it (addBundle): no source module is imported here.

/** Resolves with the first element the bundle's placeholder observer puts into `placeholder`. */
function upgraded(placeholder: HTMLElement): Promise<CivicFeedElement> {
  return new Promise((resolve) => {
    const found = () => placeholder.firstElementChild as CivicFeedElement | null;
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve(found()!);
    });
    observer.observe(placeholder, { childList: true });
    if (found()) {
      observer.disconnect();
      resolve(found()!);
    }
  });
}

describe('dist/civic-news.min.js', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

  before(async () => {
    window.addEventListener('error', onError);
    await addBundle();
    await addBundle();
  });
  after(() => window.removeEventListener('error', onError));

  it('can be included twice on a page without an error', async () => {
    expect(errors).to.deep.equal([]);
    // civic-article is a part of its own, loaded once the page has one (issue 13).
    document.body.append(document.createElement('civic-article'));
    await customElements.whenDefined('civic-article');
    expect(customElements.get('civic-article-list')).to.be.a('function');
    expect(customElements.get('civic-article-card')).to.be.a('function');
    expect(customElements.get('civic-article')).to.be.a('function');
    expect(customElements.get('civic-related-articles')).to.be.a('function');
  });

  it('upgrades a related-articles placeholder, with data-for as attribute for', async () => {
    const div = document.createElement('div');
    div.dataset.civicWidget = 'related-articles';
    div.dataset.src = fixture('related/feed.json');
    div.dataset.for = 'r1';
    div.setAttribute('lang', 'pl');
    document.body.append(div);
    const el = await upgraded(div);
    expect(el.localName).to.equal('civic-related-articles');
    expect(el.getAttribute('for')).to.equal('r1');
    await until(el, 'ready');
    expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Pozostałe artykuły');
    expect(shadow(el).querySelectorAll('[part="item"]')).to.have.length(3);
    div.remove();
  });

  it('upgrades data-civic-widget placeholders, with data-x as attribute x', async () => {
    const div = document.createElement('div');
    div.dataset.civicWidget = 'article-list';
    div.dataset.src = fixture('feed.json');
    div.dataset.limit = '2';
    div.dataset.headingLevel = '4';
    div.setAttribute('lang', 'pl');
    document.body.append(div);
    const el = await upgraded(div);
    expect(el.localName).to.equal('civic-article-list');
    expect(el.getAttribute('src')).to.equal(fixture('feed.json'));
    await until(el, 'ready');
    expect(shadow(el).querySelectorAll('h4[part="title"]')).to.have.length(2);
    div.remove();
  });

  it('renders no indentation: no white-space-only text node between elements in a list (issue 13)', async () => {
    const div = document.createElement('div');
    div.dataset.civicWidget = 'article-list';
    div.dataset.src = fixture('feed.json');
    div.setAttribute('lang', 'pl');
    document.body.append(div);
    const el = await upgraded(div);
    await until(el, 'ready');
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
    const blank: string[] = [];
    let texts = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts++;
      if (!node.textContent!.trim() && node.textContent!.includes('\n')) blank.push(node.parentElement!.localName);
    }
    expect(texts).to.be.greaterThan(5);
    expect(blank, 'indentation text nodes under').to.deep.equal([]);
    div.remove();
  });

  it('creates nothing for a name it does not know, says so, and fires civic-error with code config', async () => {
    const div = document.createElement('div');
    div.dataset.civicWidget = 'script';
    div.lang = 'en';
    const failed = new Promise<CustomEvent>((resolve) => div.addEventListener('civic-error', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(div);
    expect((await failed).detail.code).to.equal('config');
    expect(div.querySelector('script')).to.be.null;
    expect(div.textContent).to.equal('This news box is not set up correctly, so it cannot show the news.');
    div.remove();
  });
});
