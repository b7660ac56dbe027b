import { CivicArticleList } from '../elements/article-list/article-list.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicArticleList };
define(WIDGETS['article-list'].tag, CivicArticleList);
