// Typed `addEventListener('civic-load', …)` for whoever imports only this tag: the .d.ts keeps this import.
import '../events.js';
import { CivicRelatedArticles } from '../elements/related-articles/related-articles.js';
import { define } from './define.js';
import { WIDGETS } from './registry.js';

export { CivicRelatedArticles };
define(WIDGETS['related-articles'].tag, CivicRelatedArticles);
