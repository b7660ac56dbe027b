import { CivicArticleCard } from '../elements/article-card/article-card.js';
import { define } from './define.js';

export { CivicArticleCard };
define('civic-article-card', CivicArticleCard);
