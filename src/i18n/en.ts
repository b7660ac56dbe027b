import type { Messages } from './messages.js';

const plural = new Intl.PluralRules('en');

export const en: Messages = {
  lang: 'en',
  loading: 'Loading news…',
  empty: 'No news to show.',
  errors: {
    network: 'The news source could not be reached.',
    cors: 'The news source does not allow this site to show its news.',
    http: 'The news server answered with an error.',
    timeout: 'The news source did not answer in time.',
    parse: 'The news could not be read: the source file is damaged.',
    format: 'This address does not serve a news feed in a supported format.',
    config: 'This news box is not set up correctly, so it cannot show the news.',
  },
  offline: 'You are offline. Check your internet connection and try again.',
  httpStatus: (status) => `The news server answered with an error (code ${status}).`,
  webPage: (feedUrl) =>
    feedUrl ? `This address is a web page, not a news feed. The page's feed is: ${feedUrl}` : 'This address is a web page, not a news feed.',
  redirects: 'The news source redirects in a loop.',
  reset: 'The connection to the news source broke.',
  tooLarge: 'The news file is too large.',
  notUpdated: 'Could not update the news just now.',
  keptData: 'Showing the news loaded last time.',
  retry: 'Try again',
  loaded: (count) => `Loaded ${en.articleCount(count)}.`,
  relatedHeading: 'Other articles',
  photoCredit: (credit) => (/^(?:photo|fot\.)/i.test(credit) ? credit : `Photo: ${credit}`),
  authors: (count) => (count === 1 ? 'Author' : 'Authors'),
  tags: 'Tags',
  published: 'Published',
  updated: 'Updated',
  readOriginal: "Read on the publisher's site",
  bodyUnavailable: "The article's text could not be shown here. You can read it on the publisher's site.",
  newTab: '(opens in a new tab)',
  articleCount: (count) => `${count} ${plural.select(count) === 'one' ? 'article' : 'articles'}`,
  newArticles: (count) => `${count} new ${plural.select(count) === 'one' ? 'article' : 'articles'} — show`,
  editor: {
    source: (name) => `Source: ${name}`,
    more: 'More news',
    moreShown: (count) => `Showing ${en.articleCount(count)} more.`,
    allNews: (site) => `All news: ${site}`,
  },
};
