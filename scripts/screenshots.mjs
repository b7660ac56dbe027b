// `npm run screenshots`: PNGs of every element of the test table (test/a11y/elements.ts) in each
// layout, Polish and English, light and dark, 320 and 1024 px wide, plus the loading, empty and
// error states, all in screenshots/, and one contact sheet of them all, for a person to look at.
/* global window, document -- page.evaluate() callbacks run in the browser */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { testRoutes } from '../test/server/routes.mjs';
import { ensureChromium, ensureDependencies, root } from './setup.mjs';
import { chromiumArgs } from '../test/server/browsers.mjs';

ensureDependencies();
const executablePath = ensureChromium();
const out = join(root, 'screenshots');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: '127.0.0.1',
    port,
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.test.json') })],
    middleware: [testRoutes],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

// Chromium flags for a closed network and a root user (CONTRIBUTING.md, Test toolchain).
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...chromiumArgs, '--font-render-hinting=none'],
});

const files = [];
try {
  const page = await browser.newPage();
  // Media features through the DevTools protocol: Puppeteer's own call refuses forced-colors.
  const cdp = await page.createCDPSession();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${port}/test/a11y/pages/shot.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.civicShot === 'function');
  const elements = await page.evaluate(() => window.civicElements());

  const shots = [];
  for (const { tag, layouts } of elements) {
    for (const layout of layouts) {
      for (const lang of ['pl', 'en']) {
        for (const scheme of ['light', 'dark']) {
          for (const width of [320, 1024]) shots.push({ tag, state: 'ready', layout, lang, scheme, width });
        }
      }
    }
    for (const state of ['loading', 'empty', 'error']) {
      for (const lang of ['pl', 'en']) {
        for (const scheme of ['light', 'dark']) shots.push({ tag, state, layout: layouts[0], lang, scheme, width: 320 });
      }
    }
    // The keyboard focus on the first article, and Windows High Contrast (forced colors).
    for (const scheme of ['light', 'dark']) shots.push({ tag, state: 'ready', layout: layouts[0], lang: 'pl', scheme, width: 320, focus: true });
    shots.push({ tag, state: 'ready', layout: layouts[0], lang: 'pl', scheme: 'light', width: 320, focus: true, forced: true });
    shots.push({ tag, state: 'error', layout: layouts[0], lang: 'pl', scheme: 'dark', width: 320, focus: true, forced: true });
  }

  for (const shot of shots) {
    const features = [
      { name: 'prefers-color-scheme', value: shot.scheme },
      { name: 'forced-colors', value: shot.forced ? 'active' : 'none' },
    ];
    await cdp.send('Emulation.setEmulatedMedia', { features });
    await page.setViewport({ width: shot.width, height: 3000 });
    await page.evaluate((s) => window.civicShot(s), shot);
    if (shot.focus) await page.keyboard.press('Tab');
    const extra = `${shot.focus ? '--focus' : ''}${shot.forced ? '--forced-colors' : ''}`;
    const name = `${shot.tag.replace('civic-', '')}--${shot.state}--${shot.layout}--${shot.lang}--${shot.scheme}--${shot.width}${extra}.png`;
    const stage = await page.$('#stage');
    await stage.screenshot({ path: join(out, name) });
    files.push({ name, ...shot });
  }

  // The contact sheet: every PNG on one page, labelled, screenshotted whole.
  const figures = files
    .map(
      (f) =>
        `<figure><img src="${f.name}" alt=""><figcaption>${f.tag} · ${f.state} · ${f.layout} · ${f.lang} · ${f.scheme} · ${f.width}px${f.focus ? ' · focus' : ''}${f.forced ? ' · forced colors' : ''}</figcaption></figure>`,
    )
    .join('\n');
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>civic-news-widgets screenshots</title>
<style>body{margin:16px;font:12px system-ui,sans-serif;background:#eee}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px;align-items:start}
figure{margin:0;background:#fff;padding:6px;border:1px solid #ccc}figure img{display:block;max-width:100%;height:auto;max-height:900px;object-fit:contain;object-position:top left}figcaption{margin-top:4px}</style>
<h1>civic-news-widgets: ${files.length} screenshots</h1><main>${figures}</main>`,
  );
  await cdp.send('Emulation.setEmulatedMedia', { features: [] });
  await page.setViewport({ width: 2200, height: 1200 });
  await page.goto(`http://127.0.0.1:${port}/screenshots/index.html`, { waitUntil: 'load' });
  await page.evaluate(() => Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined))));
  await page.screenshot({ path: join(out, 'contact-sheet.png'), fullPage: true });
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${files.length} screenshots and contact-sheet.png in ${out}`);
