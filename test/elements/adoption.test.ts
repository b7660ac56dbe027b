import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import type { Article } from '../../src/model/article.js';
import { until } from '../helpers.js';

const articles: Article[] = [
  { id: 'a', url: 'https://e.example/a', title: 'Pierwszy', lead: 'Jeden', contentHtml: '<p>Treść</p>', authors: ['Anna'], tags: ['x'] },
  { id: 'b', url: 'https://e.example/b', title: 'Drugi', lead: 'Dwa', authors: [], tags: [] },
];

/** What the widget's own CSS decides, read where the element now lives. */
function look(el: CivicFeedElement) {
  const view = el.ownerDocument.defaultView!;
  const root = el.shadowRoot!;
  const title = view.getComputedStyle(root.querySelector('[part="title"]')!);
  const container = view.getComputedStyle(root.querySelector('[part="container"]')!);
  return {
    sheets: root.adoptedStyleSheets.length,
    titleMargin: title.marginTop,
    titleWeight: title.fontWeight,
    background: container.backgroundColor,
    padding: container.paddingTop,
  };
}

async function sameOriginFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/__test/fixture/page.html';
  document.body.append(frame);
  await loaded;
  return frame;
}

const settled = (el: CivicFeedElement) => new Promise((resolve) => el.ownerDocument.defaultView!.requestAnimationFrame(() => resolve(el.updateComplete)));

describe('an element moved into another document', () => {
  for (const tag of ['civic-article-list', 'civic-article']) {
    it(`<${tag}> keeps its styles in an iframe's document and after moving back`, async () => {
      const el = document.createElement(tag) as CivicFeedElement;
      el.articles = articles;
      document.body.append(el);
      await until(el, 'ready');
      const home = look(el);
      expect(home.sheets).to.be.greaterThan(0);
      expect(home.padding).to.not.equal('0px');

      const frame = await sameOriginFrame();
      frame.contentDocument!.body.append(el);
      expect(el.ownerDocument).to.equal(frame.contentDocument);
      await settled(el);
      expect(look(el), 'in the iframe').to.deep.equal(home);

      document.body.append(el);
      await settled(el);
      expect(look(el), 'back home').to.deep.equal(home);

      // Twice there and back: the per-document sheets are reused, not piled up.
      frame.contentDocument!.body.append(el);
      await settled(el);
      expect(look(el), 'in the iframe again').to.deep.equal(home);
      el.remove();
      frame.remove();
    });
  }
});
