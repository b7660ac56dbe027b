// A plain TypeScript page that uses the package as its README says.
import 'civic-news-widgets/article-list.js';
import { parseFeed, type Article, type CivicLoadEvent } from 'civic-news-widgets';

const list = document.createElement('civic-article-list');
list.src = 'https://news.example.org/feed.json';
list.limit = 5;
list.layout = 'grid';
list.addEventListener('civic-load', (event) => {
  const titles: string[] = event.detail.articles.map((article: Article) => article.title);
  console.log(titles, event satisfies CivicLoadEvent);
});
list.addEventListener('civic-error', (event) => console.log(event.detail.code === 'cors'));
list.addEventListener('civic-article-click', (event) => event.detail.article.url);
const card = document.querySelector('civic-article-card');
if (card) card.articleId = 'a1';
const feed = parseFeed({ body: '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}' });
console.log(feed.articles.length);
