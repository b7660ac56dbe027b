// `npm run bench:second-visit`: time to first articles on a reader's first and second visit
// (issue 12), with the built script tag (dist/civic-news.min.js) in headless Chromium and a feed
// that takes `DELAY` ms to answer (a slow municipal server or a phone on a weak signal).
// First visit: nothing kept. Second visit: a new page load of the same page, the feed's last
// good articles kept in localStorage (`cache="auto"`). Prints a table and one JSON line.
/* global window -- page.evaluate() callbacks run in the browser */
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { builtBytes, testRoutes } from '../test/server/routes.mjs';
import { ensureChromium, ensureDependencies, root } from '../scripts/setup.mjs';
import { chromiumArgs } from '../test/server/browsers.mjs';

const DELAY = Number(process.env.DELAY ?? 400);
const RUNS = Number(process.env.RUNS ?? 7);

ensureDependencies();
const executablePath = ensureChromium();
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

// The page a webmaster makes: one script tag, one element.
const page = (run) => `<!doctype html><html lang="pl"><meta charset="utf-8"><title>bench</title>
<script src="/dist/civic-news.min.js"></script>
<civic-article-list src="/__test/fault/slow?delay=${DELAY}&key=bench-${run}"></civic-article-list>
<script>
  (function tick() {
    const el = document.querySelector('civic-article-list');
    if (el.shadowRoot && el.shadowRoot.querySelector('[part="title"]')) window.firstArticles = performance.now();
    else requestAnimationFrame(tick);
  })();
</script>`;

const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: '127.0.0.1',
    port,
    middleware: [
      builtBytes,
      async (ctx, next) => {
        const run = /^\/bench\/visit-(\d+)\.html$/.exec(ctx.path)?.[1];
        if (!run) return next();
        ctx.type = 'text/html';
        ctx.body = page(run);
      },
      testRoutes,
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...chromiumArgs],
});

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const first = [];
const second = [];
try {
  const tab = await browser.newPage();
  for (let run = 0; run < RUNS; run++) {
    const url = `http://127.0.0.1:${port}/bench/visit-${run}.html`;
    for (const visit of [first, second]) {
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.firstArticles !== undefined, { timeout: 20_000 });
      visit.push(await tab.evaluate(() => window.firstArticles));
    }
    await tab.evaluate(() => localStorage.clear());
  }
} finally {
  await browser.close();
  await server.stop();
}

const row = (name, list) => `| ${name} | ${median(list).toFixed(0)} ms | ${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)} ms |`;
console.log(`Time to first articles (from navigation start), feed answering after ${DELAY} ms, ${RUNS} runs, headless Chromium:\n`);
console.log('| visit | median | range |\n|---|---:|---:|');
console.log(row('first (nothing kept)', first));
console.log(row('second (kept copy)', second));
console.log(JSON.stringify({ delayMs: DELAY, runs: RUNS, firstMs: median(first), secondMs: median(second) }));
