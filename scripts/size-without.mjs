// What the core part (dist/civic-news-core.min.js, every script-tag page) would weigh without
// each feature a plain list may leave unused, and without all of them: the candidates for parts
// of their own (issue 13). Builds with rollup.config.mjs's setup (build/bundle.mjs), each
// feature's modules swapped for empty stand-ins with the same exports. A stand-in that no longer
// matches its module's exports fails the build, so the figures cannot go stale silently.
// `node scripts/size-without.mjs`
import { partSizeWith } from '../build/bundle.mjs';

const FEATURES = {
  'the WordPress reader (a JSON Feed page)': {
    'feeds/wordpress.ts': 'export const isWordPressPost = () => false; export const isWordPress = () => false; export const readWordPress = () => ({});',
  },
  'data-civic-widget placeholders (a page with the elements)': {
    'placeholders.ts': 'export const upgradePlaceholders = () => []; export const watchPlaceholders = () => {};',
  },
  '"more news" (a list without `more`)': {
    'elements/shared/more.ts':
      "export class MoreNews { pages = 1; busy = false; said = ''; reset() {} sync() {} hasMore() { return false; } async press() { return 0; } render() { return ''; } }",
    'elements/shared/more.styles.ts': "import { css } from 'lit'; export const moreStyles = css``;",
  },
  'the related block element (a page without one)': {
    'elements/related-articles/related-articles.ts': 'export class CivicRelatedArticles {}',
  },
  'the CORS hint in the console (a feed that answers)': {
    'store/cors-hint.ts': "export const CORS_HELP = ''; export const warnCors = () => {};",
  },
  'the refresh timer (a widget without `refresh`)': {
    'store/refresh.ts': 'export const every = () => () => {};',
  },
  'the "new articles" button of a refresh (a widget without `refresh`)': {
    'elements/shared/pending-news.ts':
      'export class PendingNews { get value() { return undefined; } clear() {} hold() { return false; } render() { return ""; } }',
  },
};

const CORE = 'src/script/core.ts';
const full = await partSizeWith(CORE);
// Built alone, the core holds less than dist's, which also takes in what two other parts share.
console.log(`civic-news-core.min.js built alone, gzip -9: ${full} B`);
let all = {};
for (const [feature, standIns] of Object.entries(FEATURES)) {
  console.log(`  ${String(full - (await partSizeWith(CORE, standIns))).padStart(5)} B  ${feature}`);
  all = { ...all, ...standIns };
}
const without = await partSizeWith(CORE, all);
console.log(`without all of them: ${without} B (${full - without} B less)`);
