// Registers every element and upgrades `data-civic-widget` placeholders: the script-tag bundle.
// First, before the element classes are evaluated: the feed requests of the widgets in the page.
import './prefetch-now.js';
import './define/article-list.js';
import './define/article-card.js';
import './define/article.js';
import './define/related-articles.js';
import { watchPlaceholders } from './placeholders.js';

export * from './index.js';

if (typeof document !== 'undefined') watchPlaceholders();
