import { CivicArticleList } from '../elements/article-list/article-list.js';
import { define } from './define.js';

export { CivicArticleList };
define('civic-article-list', CivicArticleList);
