// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicArticleCard } from '../elements/article-card/article-card.js';
import { define } from './define.js';

export { CivicArticleCard };
define('civic-article-card', CivicArticleCard);
