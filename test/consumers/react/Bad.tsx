// Must fail: `limit` takes a number and `layout` one of three words. (An unknown event cannot
// fail here: TypeScript accepts any JSX attribute with a hyphen; plain-ts/bad.ts covers that.)
import type {} from 'civic-news-widgets/react';

export const Bad = () => <civic-article-list src="/feed.json" limit="five" layout="table" />;
