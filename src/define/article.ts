// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicArticle } from '../elements/article/article.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicArticle };
define(WIDGETS.article.tag, CivicArticle);
