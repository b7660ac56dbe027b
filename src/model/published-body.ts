import type { Article } from './article.js';

/**
 * Bodies as the feed published them, before an xml:base was applied to their links. The
 * relatedness index reads words, not links: it takes the body from here, so indexing 200
 * articles never pays for rebasing 200 bodies (an HTML parse each; issue 10).
 */
const published = new WeakMap<Article, string>();

/** Remembers the body an article's `contentHtml` is made from. */
export function keepPublishedBody(article: Article, html: string): void {
  published.set(article, html);
}

/** The body to read words from: as published when known, else `contentHtml`. */
export function publishedBody(article: Article): string | undefined {
  return published.get(article) ?? article.contentHtml;
}
