// Must fail: a wrong property type, and an event the elements do not fire (so no detail).
import 'civic-news-widgets/article-list.js';

const list = document.createElement('civic-article-list');
list.limit = 'five';
list.addEventListener('civic-loaded', (event) => event.detail.articles);
