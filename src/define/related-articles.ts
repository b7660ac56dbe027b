import { CivicRelatedArticles } from '../elements/related-articles/related-articles.js';
import { define } from './define.js';

export { CivicRelatedArticles };
define('civic-related-articles', CivicRelatedArticles);
