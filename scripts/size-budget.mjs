// Size budgets, enforced by `npm test` after the build: every byte of the script-tag bundle is
// paid by every reader of every city site. Raising a budget is a decision for a commit message.
import { readFileSync } from 'node:fs';
import { gzipSize } from '../build/bundle.mjs';

const BUDGETS = {
  // The loader: what the script tag names. It starts the feed requests at once and loads the
  // parts below from beside itself, checked against their hashes. Issue 13's goal is 2 KB; the
  // sha256 of all eight parts (about 290 B that do not compress) are what let it ask for each
  // part a page needs at once, beside the core, instead of one round trip after it. About 1 KB
  // more is the room each widget keeps until the core arrives (src/define/reserve.ts): without
  // it a page's text jumped by a whole skeleton then (CLS 0.43 to 0.67 on a phone).
  'dist/civic-news.min.js': 3.5 * 1024,
  // Every script-tag page: Lit (6.6 KB), the list, card and related elements with their states,
  // "more news", filters, skeletons and styles, the store (kept copy, retries, byte cap), the
  // JSON Feed and WordPress readers, Polish and English, the URL policy and the HTML-to-text
  // scanner. Until issue 13's loader all of this and the XML readers and the article view were
  // one 40,151 B file (budget 39.5 KB); the way down is more parts (README, Size).
  // 0.5 KB more (stop 24): Polish and US English dates written by hand (about 330 B: a page's
  // first Intl.DateTimeFormat was a 52-72 ms task at 4x CPU) and content-visibility for long lists;
  // 0.25 KB more for the boot in three tasks (one was 70-180 ms at 4x CPU) and reading in tasks.
  // (stop 25: 83 B of the room left went to decoding a long body 64 KB a task, JSON or XML.)
  // 64 B more (stop 26): the skeleton's row of tags and the photo credit laid over the picture,
  // so a teaser with both is as tall as its skeleton (a card's CLS on a phone 0.019 -> 0.004).
  // 128 B more (stop 28): the kept copy's JSON made a few articles a task, and compared in tasks
  // (JSON for 200 articles was one task of 110-170 ms at 4x CPU: their leads are read then).
  'dist/civic-news-core.min.js': 34.6875 * 1024,
  // The RSS and Atom readers (with the charset, XML Base and cut-feed handling): XML feeds only.
  // 0.375 KB more (stop 25): a long feed decoded, scanned and parsed in steps, 20 items a parse
  // (200 RSS items were one task of 470-630 ms at 4x CPU on this machine).
  'dist/civic-news-xml.min.js': 5.875 * 1024,
  // The full article view: pages with a <civic-article> only.
  'dist/civic-news-article.min.js': 3.5 * 1024,
  // DOMPurify (11.1 KB) + the news allowlist; loaded only where an article body is rendered.
  'dist/civic-news-sanitizer.min.js': 13.5 * 1024,
  // The related ranking (about 5 KB): loaded only where a related block or a `query` is.
  'dist/civic-news-related.min.js': 5 * 1024,
  // One language's strings (about 1.1 KB); loaded only by a page in that language.
  'dist/civic-news-lang-uk.min.js': 1.5 * 1024,
  'dist/civic-news-lang-de.min.js': 1.5 * 1024,
  'dist/civic-news-lang-cs.min.js': 1.5 * 1024,
};

let over = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const size = gzipSize(readFileSync(file));
  const ok = size <= budget;
  over ||= !ok;
  console.log(`${ok ? 'size ok  ' : 'OVER BUDGET'} ${file}: ${size} B gzipped (budget ${budget} B)`);
}
process.exit(over ? 1 : 0);
