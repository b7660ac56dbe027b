// React 19 + TypeScript: the elements as intrinsic elements, with typed attributes and events.
import 'civic-news-widgets/article-list.js';
import 'civic-news-widgets/article-card.js';
import type {} from 'civic-news-widgets/react';
import type { Article } from 'civic-news-widgets';

export function News({ onOpen }: { onOpen: (article: Article) => void }) {
  return (
    <>
      <civic-article-list
        src="https://news.example.org/feed.json"
        limit={5}
        layout="compact"
        heading-level={2}
        oncivic-load={(event) => console.log(event.detail.articles.length)}
        oncivic-article-click={(event) => onOpen(event.detail.article)}
      />
      <civic-article-card src="/feed.json" article-id="a1" date-style="relative" />
    </>
  );
}
