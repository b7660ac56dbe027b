// Lit SSR for the tests: what a Node server (Astro, an Express page, docs/frameworks.md) does
// with the built package. The server reads the feed, parses it with `parseFeed`, and renders
// the elements with their articles into declarative shadow DOM. Used by the test server's
// /__test/ssr route (test/elements/ssr.test.ts hydrates it) and by test/ssr/*.test.mjs.
import { readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);

/** Renders a list and a card of test/fixtures/feed.json on the server: `{ html, articles }`. */
export async function renderWidgets(feedUrl = 'https://miasto.example.org/feed.json') {
  const [{ render }, { collectResult }, { html }] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit')]);
  await Promise.all([import(new URL('article-list.js', dist).href), import(new URL('article-card.js', dist).href)]);
  const { parseFeed } = await import(new URL('index.js', dist).href);
  const body = readFileSync(new URL('../fixtures/feed.json', import.meta.url));
  const { articles } = parseFeed({ body, contentType: 'application/feed+json', url: feedUrl });
  // `defer-hydration`: the browser hydrates once the page has given each element its articles.
  const page = html`<civic-article-list defer-hydration lang="pl" limit="3" heading="Aktualności" heading-level="3" .articles=${articles}></civic-article-list>
    <civic-article-card defer-hydration lang="pl" article-id="a5" .articles=${articles}></civic-article-card>`;
  return { html: await collectResult(render(page)), articles };
}
