// Imported first by the script-tag bundle (src/all.ts), so that it runs before the element
// classes are evaluated: ES modules run in the order they are imported.
import { prefetchFeeds } from './prefetch.js';

if (typeof document !== 'undefined') prefetchFeeds();
