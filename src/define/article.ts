import { CivicArticle } from '../elements/article/article.js';
import { define } from './define.js';

export { CivicArticle };
define('civic-article', CivicArticle);
