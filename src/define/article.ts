// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicArticle } from '../elements/article/article.js';
import { define } from './define.js';

export { CivicArticle };
define('civic-article', CivicArticle);
