// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicRelatedArticles } from '../elements/related-articles/related-articles.js';
import { define } from './define.js';

export { CivicRelatedArticles };
define('civic-related-articles', CivicRelatedArticles);
