// The elements every accessibility, layout and isolation test runs over. Adding an element to
// the project is one line in ELEMENTS: its tag, how to put it into each state, its layouts.
import '../../src/define/article-card.js';
import '../../src/define/article.js';
import '../../src/define/article-list.js';
import '../../src/define/related-articles.js';
import type { Layout, WidgetState } from '../../src/elements/shared/feed-element.js';
import { fixture } from '../helpers.js';

export type Lang = 'pl' | 'en';
export type Scheme = 'light' | 'dark';
export type Attributes = Record<string, string>;

export interface ElementCase {
  tag: `civic-${string}`;
  /** The values of `layout` it supports. */
  layouts: Layout[];
  /** The attributes that bring a new element into each state, for a language. */
  states: Record<WidgetState, (lang: Lang) => Attributes>;
  /**
   * false for an element that does not draw its articles with renderTeaser (a full article):
   * the checks of teasers (one link per article, Tab through the articles, heading outline of
   * titles, picture beside the title in a wide column) then leave it out; every other check runs.
   */
  teasers?: false;
  /**
   * true for an element that, with nothing to show, shows and says nothing at all (a related
   * block under an article that has none): the checks of the empty message then expect silence.
   */
  silentWhenEmpty?: true;
}

export const STATES: WidgetState[] = ['loading', 'ready', 'empty', 'error'];
export const LANGS: Lang[] = ['pl', 'en'];
export const SCHEMES: Scheme[] = ['light', 'dark'];

/** The demo's sample feeds: real Polish and English news with pictures, credits and tags. */
export const sampleFeed = (lang: Lang) => (lang === 'pl' ? '/demo/feeds/aktualnosci.json' : '/demo/feeds/news.json');
/** A feed with the longest words and titles a reader may meet (reflow, text spacing). */
export const stressFeed = () => fixture('a11y-long.json');

/** The usual way into each state: a served feed that loads, hangs, is empty or is broken. */
export function feedStates(ready: (lang: Lang) => Attributes = () => ({})): ElementCase['states'] {
  return {
    ready: (lang) => ({ src: sampleFeed(lang), ...ready(lang) }),
    // Long enough for every check; the element aborts the request when the test removes it.
    loading: () => ({ src: fixture('feed.json', { delay: 5000 }) }),
    empty: () => ({ src: fixture('empty.json') }),
    error: () => ({ src: fixture('truncated.json') }),
  };
}

const heading = (lang: Lang) => ({ heading: lang === 'pl' ? 'Aktualności' : 'News', limit: '4' });

export const ELEMENTS: ElementCase[] = [
  { tag: 'civic-article-list', layouts: ['list', 'grid', 'compact'], states: feedStates(heading) },
  { tag: 'civic-article-card', layouts: ['list'], states: { ...feedStates(), empty: (lang) => ({ src: sampleFeed(lang), 'article-id': 'no-such-article' }) } },
  {
    tag: 'civic-article',
    layouts: ['list'],
    states: { ...feedStates(), empty: (lang) => ({ src: sampleFeed(lang), 'article-id': 'no-such-article' }) },
    teasers: false,
  },
  {
    tag: 'civic-related-articles',
    layouts: ['list', 'grid', 'compact'],
    silentWhenEmpty: true,
    states: feedStates((lang) => ({ for: lang === 'pl' ? 'pl-budzet-obywatelski-2027' : 'en-participatory-budget-vote' })),
  },
];
