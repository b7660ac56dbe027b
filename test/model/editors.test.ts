import { expect } from '@open-wc/testing';
import type { Article } from '../../src/model/article.js';
import { cutLead } from '../../src/model/lead.js';
import { mergeArticles, splitSources, storyKey } from '../../src/model/merge.js';
import { filterArticles, tagList } from '../../src/related/filter.js';

const a = (id: string, url: string, published?: string, extra: Partial<Article> = {}): Article => ({
  id,
  url,
  title: id,
  lead: '',
  authors: [],
  tags: [],
  ...(published && { published }),
  ...extra,
});

describe('several feeds (src/model/merge.ts)', () => {
  it('splits src on any white space, once per address', () => {
    expect(splitSources(' a.json\n\tb.rss  a.json ')).to.deep.equal(['a.json', 'b.rss']);
  });

  it('reads one story behind scheme, www., a slash, tracking and a fragment', () => {
    expect(storyKey('http://www.Example.org/a/?utm_source=x&b=1#top')).to.equal(storyKey('https://example.org/a?b=1'));
    expect(storyKey('https://example.org/a?b=1')).to.not.equal(storyKey('https://example.org/a?b=2'));
  });

  it("does not join two sites' posts that share a number", () => {
    const merged = mergeArticles([[a('1', 'https://one.example/p1', '2026-01-02T00:00:00Z')], [a('1', 'https://two.example/p1', '2026-01-01T00:00:00Z')]]);
    expect(merged.map((x) => x.url)).to.deep.equal(['https://one.example/p1', 'https://two.example/p1']);
  });

  it('joins items with the same global id, the first feed keeping it', () => {
    const merged = mergeArticles([
      [a('tag:x,2026:1', 'https://one.example/p1', '2026-01-01T00:00:00Z')],
      [a('tag:x,2026:1', 'https://two.example/copy', '2026-01-03T00:00:00Z')],
    ]);
    expect(merged.map((x) => x.url)).to.deep.equal(['https://one.example/p1']);
  });

  it('puts undated items where their feed had them', () => {
    const merged = mergeArticles([
      [a('a', 'https://one.example/a', '2026-01-05T00:00:00Z'), a('b', 'https://one.example/b'), a('c', 'https://one.example/c', '2026-01-01T00:00:00Z')],
      [a('d', 'https://two.example/d', '2026-01-03T00:00:00Z')],
    ]);
    expect(merged.map((x) => x.id)).to.deep.equal(['a', 'b', 'd', 'c']);
  });
});

describe('filters (src/related/filter.ts)', () => {
  it('splits on commas when there are any, else on spaces', () => {
    expect(tagList('Nowa Wola, ŁĘCZNA')).to.deep.equal(['nowa wola', 'leczna']);
    expect(tagList('sport  kultura')).to.deep.equal(['sport', 'kultura']);
  });

  it('finds inflected Polish forms in title, lead and body', () => {
    const items = [
      a('1', 'https://x.example/1', undefined, { title: 'Nowe inwestycje w szkołach', language: 'pl' }),
      a('2', 'https://x.example/2', undefined, { title: 'Festyn', contentHtml: '<p>Zbiórka dla <b>szkoły</b></p>', language: 'pl' }),
    ];
    expect(filterArticles(items, { query: 'szkoła' }).map((x) => x.id)).to.deep.equal(['1', '2']);
    expect(filterArticles(items, { query: 'inwestycja szkoła' }).map((x) => x.id)).to.deep.equal(['1']);
  });
});

describe('the lead cut (src/model/lead.ts)', () => {
  it('keeps a lead that fits, and cuts at a word with an ellipsis, no dangling comma', () => {
    expect(cutLead('Dwa słowa', 2)).to.equal('Dwa słowa');
    expect(cutLead('Jeden, dwa, trzy', 1)).to.equal('Jeden…');
  });

  it('never leaves half a surrogate pair', () => {
    const cut = cutLead(`b${'😀'.repeat(40)}`, 1);
    expect(cut).to.equal(`b${'😀'.repeat(14)}…`);
  });
});
