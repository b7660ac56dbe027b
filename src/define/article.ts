import { CivicArticle } from '../elements/article/article.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicArticle };
define(WIDGETS.article.tag, CivicArticle);
