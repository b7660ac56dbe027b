import { CivicRelatedArticles } from '../elements/related-articles/related-articles.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicRelatedArticles };
define(WIDGETS['related-articles'].tag, CivicRelatedArticles);
