// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicArticleList } from '../elements/article-list/article-list.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicArticleList };
define(WIDGETS['article-list'].tag, CivicArticleList);
