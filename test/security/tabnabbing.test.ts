import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article-card.js';
import '../../src/define/related-articles.js';
import '../../src/define/article.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import type { Article } from '../../src/model/article.js';
import { until } from '../helpers.js';

const TAGS = ['civic-article-list', 'civic-article-card', 'civic-related-articles', 'civic-article'];
const articles: Article[] = [
  {
    id: 'a1',
    url: 'https://publisher.example/a1',
    title: 'Pierwszy',
    lead: 'Jeden',
    contentHtml: '<p>Zobacz <a href="https://publisher.example/more">więcej</a>.</p>',
    authors: [],
    tags: ['x'],
  },
  { id: 'a2', url: 'https://publisher.example/a2', title: 'Drugi', lead: 'Dwa', authors: [], tags: ['x'] },
];

/** Every link the element shows: titles, the link to the original, links in the body. */
async function linksWith(tag: string, target: string): Promise<HTMLAnchorElement[]> {
  const el = document.createElement(tag) as CivicFeedElement;
  el.setAttribute('target', target);
  if (tag === 'civic-related-articles') el.setAttribute('for', 'a1');
  el.articles = articles;
  el.className = 'tab-test';
  document.body.append(el);
  await until(el, 'ready');
  return Array.from(el.shadowRoot!.querySelectorAll('a[href]'));
}

describe('links that open elsewhere never hand the publisher window.opener', () => {
  afterEach(() => document.querySelectorAll('.tab-test').forEach((el) => el.remove()));

  for (const target of ['_blank', '_new', 'foo', '_BLANK', 'news-window']) {
    it(`target="${target}": every link gets rel="noopener noreferrer"`, async () => {
      for (const tag of TAGS) {
        const links = await linksWith(tag, target);
        expect(links.length, tag).to.be.greaterThan(0);
        for (const link of links) {
          expect(link.getAttribute('target'), tag).to.equal(target);
          expect(link.relList.contains('noopener') && link.relList.contains('noreferrer'), `${tag} ${link.href} rel="${link.rel}"`).to.be.true;
        }
      }
    });
  }

  for (const target of ['_self', '_parent', '_top']) {
    it(`target="${target}": title links stay in this window's own tree`, async () => {
      const links = await linksWith('civic-article-list', target);
      for (const link of links) expect(link.relList.contains('noopener'), link.rel).to.be.false;
    });
  }

  it('says "(opens in a new tab)" for _blank in any letter case', async () => {
    const [link] = await linksWith('civic-article-list', '_BLANK');
    expect(link.textContent).to.contain('(opens in a new tab)');
  });
});
