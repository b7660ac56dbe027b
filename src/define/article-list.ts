// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicArticleList } from '../elements/article-list/article-list.js';
import { define } from './define.js';

export { CivicArticleList };
define('civic-article-list', CivicArticleList);
