import { CivicArticleCard } from '../elements/article-card/article-card.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicArticleCard };
define(WIDGETS['article-card'].tag, CivicArticleCard);
