// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicArticleCard } from '../elements/article-card/article-card.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicArticleCard };
define(WIDGETS['article-card'].tag, CivicArticleCard);
