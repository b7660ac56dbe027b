import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { fixture, freshStore, hits, unique, until } from '../helpers.js';

describe('feed requests', () => {
  beforeEach(freshStore);
  after(() => {
    document.cookie = 'civic_session=; Max-Age=0; path=/';
  });

  it("carry none of the city page's cookies, even to the page's own origin", async () => {
    document.cookie = 'civic_session=secret; path=/';
    const key = unique('cookie');
    // The same origin, asked with fetch's default credentials: the cookie goes (the test can fail).
    await fetch(fixture('feed.json', { key: `${key}-control` }));
    expect(await (await fetch(`/__test/cookie/${key}-control`)).json()).to.contain('civic_session=secret');

    const el = document.createElement('civic-article-list') as CivicFeedElement;
    el.setAttribute('src', fixture('feed.json', { key }));
    document.body.append(el);
    await until(el, 'ready');
    el.remove();
    expect(await hits(key)).to.equal(1);
    expect(await (await fetch(`/__test/cookie/${key}`)).json()).to.be.oneOf([null, '']);
  });
});
