/**
 * `civic-news-article.min.js`: the full article view, loaded by the core part only on a page
 * with a `civic-article` (issue 13). Its body's sanitizer is a part of its own, loaded when a
 * body is rendered.
 */
import { define } from '../define/define.js';
import { WIDGETS } from '../define/registry.js';
import { CivicArticle } from '../elements/article/article.js';

export function defineArticle(): typeof CivicArticle {
  define(WIDGETS.article.tag, CivicArticle);
  return CivicArticle;
}
