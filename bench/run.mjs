// `npm run bench` (issue 13): the widgets side by side with hand-written DOM code
// (bench/baseline.js) in paired rounds, in headless Chromium. Prints a table and writes
// bench/results/latest.json (and a dated copy).
//
//   node bench/run.mjs [--rounds 9] [--cpu 4] [--network 3g] [--items 200] [--only list-10] [--no-lighthouse]
//                      [--render-blocking]
//
// Each round loads every scenario once with the widgets and once with the baseline, in a fresh
// browser context (cold HTTP cache), in alternating order; a ratio is widgets / baseline within
// one round, and the table gives the median of those ratios, so machine noise that hits a whole
// round cancels out. Medians of the raw values are in the JSON.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../test/server/browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const ROUNDS = Number(flag('rounds', 9));
const CPU = Number(flag('cpu', 1));
// --network 3g (or slow-3g): the phone on a mobile link the issue names, through Chromium's
// network emulation (latency and bandwidth as DevTools' "Fast 3G" and "Slow 3G" presets).
const NETWORKS = {
  '3g': { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9, uploadThroughput: ((750 * 1024) / 8) * 0.9 },
  'slow-3g': { latency: 400 * 5, downloadThroughput: ((500 * 1024) / 8) * 0.8, uploadThroughput: ((500 * 1024) / 8) * 0.8 },
};
const NETWORK = flag('network', '');
if (NETWORK && !NETWORKS[NETWORK]) throw new Error(`--network: use ${Object.keys(NETWORKS).join(' or ')}`);
/** CPU slowdown and network emulation of a fresh page's DevTools session. */
async function throttle(cdp) {
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  if (NETWORK) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[NETWORK] });
  }
}
const EXTRA_ITEMS = Number(flag('items', 0));
const ONLY = flag('only', '');
// --render-blocking: the widgets' script tag as docs/styling.md gives it for pages that want no
// layout shift at all (`defer blocking="render"`): the first paint waits for the loader.
const RENDER_BLOCKING = args.includes('--render-blocking');
const LIGHTHOUSE = !['--no-lighthouse', '--profile', '--long-tasks'].some((flag) => args.includes(flag));
// --profile: one CPU profile of the widgets' first scenario, with an unminified bundle, and its
// heaviest functions by self time (what `feed arrived → painted` spends its time on).
const PROFILE = args.includes('--profile');
// --long-tasks: a Chromium trace of the widgets' first scenario, three loads, and for each task
// over 50 ms what ran in it (the script evaluated, the functions called, style and layout), with
// the unminified build of --profile, so functions have their names. Answers "whose long task is
// it?" (issue 13, part 3).
const LONG_TASKS = args.includes('--long-tasks');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// ---------------------------------------------------------------- feeds
const WORDS =
  'miasto rada budżet szkoła park droga remont koncert rynek zdrowie sport ratusz mieszkańcy konsultacje inwestycja zieleń komunikacja przystanek biblioteka żłobek'.split(
    ' ',
  );
const TAGS = ['inwestycje', 'kultura', 'sport', 'zdrowie', 'komunikacja', 'edukacja'];
const word = (i, k) => WORDS[(i * 7 + k * 3) % WORDS.length];
function items(n) {
  return Array.from({ length: n }, (_, i) => {
    const title = `${word(i, 0)[0].toUpperCase()}${word(i, 0).slice(1)}: ${word(i, 1)} i ${word(i, 2)} — wiadomość ${i + 1}`;
    const lead = `Zażółć gęślą jaźń. ${Array.from({ length: 24 }, (_, k) => word(i, k)).join(' ')}.`;
    const body = `<p><strong>${lead}</strong></p>${Array.from({ length: 6 }, (_, p) => `<p>${Array.from({ length: 40 }, (_, k) => word(i + p, k)).join(' ')} <a href="https://news.example.org/a/${i}/${p}">więcej</a>.</p>`).join('')}<h2>Szczegóły</h2><ul><li>Termin: ${i + 1} grudnia</li><li>Miejsce: ratusz</li></ul>`;
    return {
      id: `https://news.example.org/a/${i}`,
      url: `https://news.example.org/a/${i}`,
      title,
      lead,
      body,
      date: new Date(Date.UTC(2026, 10, 30, 12) - i * 3600e3 * 7),
      image: `/img/${i % 8}.svg`,
      tags: [TAGS[i % TAGS.length], TAGS[(i * 5 + 1) % TAGS.length]],
    };
  });
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function jsonFeed(n) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Aktualności',
    home_page_url: 'https://news.example.org/',
    items: items(n).map((it) => ({
      id: it.id,
      url: it.url,
      title: it.title,
      summary: it.lead,
      content_html: it.body,
      image: `http://${HOST}${it.image}`,
      date_published: it.date.toISOString(),
      tags: it.tags,
    })),
  });
}
function rssFeed(n) {
  const entries = items(n).map(
    (it) =>
      `<item><title>${esc(it.title)}</title><link>${it.url}</link><guid>${it.id}</guid><pubDate>${it.date.toUTCString()}</pubDate>${it.tags.map((t) => `<category>${t}</category>`).join('')}<description>${esc(`<p>${it.lead}</p>`)}</description><content:encoded>${esc(it.body)}</content:encoded><enclosure url="http://${HOST}${it.image}" type="image/svg+xml" length="1000"/></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Aktualności</title><link>https://news.example.org/</link><description>Wiadomości</description>${entries.join('')}</channel></rss>`;
}
const svg = (i) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"><rect width="800" height="450" fill="hsl(${i * 45} 40% 60%)"/><circle cx="400" cy="225" r="120" fill="#fff8"/></svg>`;

// ---------------------------------------------------------------- scenarios
// Widgets: [kind, attributes]. The same four kinds exist in the baseline.
const FIRST = 'https://news.example.org/a/0';
const SCENARIOS = [];
for (const format of ['json', 'rss']) {
  const feed = (n) => `/feed/${n}.${format}`;
  SCENARIOS.push(
    { name: `list-10 ${format}`, type: 'list', widgets: [['list', { src: feed(10), limit: 10 }]] },
    { name: `list-50 ${format}`, type: 'list', widgets: [['list', { src: feed(50), limit: 50 }]] },
    {
      name: `four widgets ${format}`,
      type: 'list',
      widgets: [
        ['list', { src: feed(10), limit: 5 }],
        ['list', { src: feed(10), limit: 5, layout: 'compact' }],
        ['card', { src: feed(10) }],
        ['card', { src: feed(10), 'article-id': 'https://news.example.org/a/3' }],
      ],
    },
    {
      name: `list + related ${format}`,
      type: 'related',
      widgets: [
        ['list', { src: feed(50), limit: 10 }],
        ['related', { src: feed(50), for: FIRST, limit: 3 }],
      ],
    },
    { name: `article ${format}`, type: 'article', widgets: [['article', { src: feed(10), 'article-id': FIRST }]] },
  );
  if (EXTRA_ITEMS) SCENARIOS.push({ name: `list-${EXTRA_ITEMS} ${format}`, type: 'list', widgets: [['list', { src: feed(EXTRA_ITEMS), limit: EXTRA_ITEMS }]] });
}
const TAG = { list: 'civic-article-list', card: 'civic-article-card', related: 'civic-related-articles', article: 'civic-article' };

function page(scenario, variant) {
  const widgets = scenario.widgets
    .map(([kind, attrs]) => {
      if (variant === 'civic')
        return `<${TAG[kind]} ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${v}"`)
          .join(' ')}></${TAG[kind]}>`;
      const data = { bench: kind, src: attrs.src, limit: attrs.limit ?? '', layout: attrs.layout ?? '', id: attrs['article-id'] ?? attrs.for ?? '' };
      return `<div ${Object.entries(data)
        .map(([k, v]) => `data-${k}="${v}"`)
        .join(' ')}></div>`;
    })
    .map((w) => `<section>${w}</section>`)
    .join('\n');
  const script =
    variant === 'civic'
      ? `<script src="${PROFILE || LONG_TASKS ? '/profile/civic-news.min.js' : '/dist/civic-news.min.js'}" defer${RENDER_BLOCKING ? ' blocking="render"' : ''}></script>`
      : '<script src="/bench/baseline.js" defer></script>';
  const text = Array.from({ length: 12 }, (_, i) => `<p>Akapit ${i + 1} strony miasta pod widżetem. ${WORDS.join(' ')}.</p>`).join('\n');
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${script}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem} img{max-width:100%;height:auto}</style></head>
<body><h1>Aktualności miasta</h1><p>Wstęp strony: tekst nad widżetem.</p>\n${widgets}\n${text}</body></html>`;
}

// ---------------------------------------------------------------- server
// --profile: the script-tag build unminified (the loader and its parts, hashes included).
const PROFILE_DIR = join(root, 'bench/.profile');
if (PROFILE || LONG_TASKS) {
  const [{ rollup }, { scriptBuild }] = await Promise.all([import('rollup'), import('../rollup.config.mjs')]);
  for (const config of scriptBuild({ dir: 'bench/.profile', minified: false })) {
    const build = await rollup({ ...config, onwarn: () => {} });
    await build.write(config.output);
  }
}
let HOST = '';
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};
const cache = new Map();
let served = [];
function send(req, res, body, type) {
  const key = `${req.url}`;
  let gz = cache.get(key);
  if (!gz || gz.raw !== body) {
    gz = { raw: body, data: gzipSync(body, { level: 9 }) };
    cache.set(key, gz);
  }
  served.push({ path: req.url.split('?')[0], type, bytes: gz.data.length });
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  res.end(gz.data);
}
const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  let m;
  if ((m = path.match(/^\/feed\/(\d+)\.(json|rss)$/)))
    return send(req, res, m[2] === 'json' ? jsonFeed(+m[1]) : rssFeed(+m[1]), m[2] === 'json' ? 'application/feed+json' : 'application/rss+xml');
  if ((m = path.match(/^\/img\/(\d+)\.svg$/))) return send(req, res, svg(+m[1]), 'image/svg+xml');
  if ((m = path.match(/^\/page\/(\d+)\/(civic|baseline)\.html$/))) return send(req, res, page(SCENARIOS[+m[1]], m[2]), 'text/html; charset=utf-8');
  if ((m = path.match(/^\/profile\/([\w-]+\.min\.js)$/)) && existsSync(join(PROFILE_DIR, m[1])))
    return send(req, res, readFileSync(join(PROFILE_DIR, m[1])), 'text/javascript');
  const file = normalize(join(root, path));
  const allowed = ['/dist/', '/bench/', '/demo/'].some((dir) => file.startsWith(join(root, dir)));
  if (allowed && existsSync(file) && !file.endsWith('/')) {
    try {
      return send(req, res, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      /* a folder */
    }
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
HOST = `127.0.0.1:${server.address().port}`;

/* global window, document, requestAnimationFrame, requestIdleCallback -- the probe and waits run in the page */
// ---------------------------------------------------------------- measuring
// Installed before any page script: layout shifts, long tasks, and the first frame in which
// every widget shows its articles (in its shadow root or, for the baseline, in the page).
const PROBE = () => {
  const b = (window.__bench = { cls: 0, shifts: [], long: [], painted: 0, fcp: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      b.cls += e.value;
      b.shifts.push(Math.round(e.startTime));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const boxes = () => Array.from(document.querySelectorAll('[data-bench], civic-article-list, civic-article-card, civic-related-articles, civic-article'));
  const done = (box) => !!(box.shadowRoot ?? box).querySelector('article');
  const tick = (t) => {
    const all = boxes();
    if (all.length && all.every(done)) b.painted = t;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Trace events that say what a task did, and how each is named in the summary. */
const WHAT = {
  EvaluateScript: (e) => `evaluate ${file(e.args.data?.url)}`,
  'v8.compileModule': (e) => `compile ${file(e.args.fileName)}`,
  'v8.evaluateModule': () => 'evaluate module',
  FunctionCall: (e) => `call ${e.args.data?.functionName || '(anonymous)'} ${file(e.args.data?.url)}`,
  ParseHTML: () => 'parse HTML',
  ParseAuthorStyleSheet: () => 'parse CSS',
  UpdateLayoutTree: () => 'style',
  Layout: () => 'layout',
  Paint: () => 'paint',
  'Document::updateStyleAndLayout': () => 'style and layout',
  MajorGC: () => 'GC',
  MinorGC: () => 'GC',
};
const file = (url) => (url ? url.split('/').pop() : '');

/** A page in a fresh browser context (cold HTTP cache), throttled, with the probe installed; `sampling`: µs between CPU profile samples, the profiler started. */
async function freshPage(browser, sampling = 0) {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  await p.setViewport({ width: 412, height: 900 });
  const cdp = await p.createCDPSession();
  await throttle(cdp);
  await p.evaluateOnNewDocument(PROBE);
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: sampling });
    await cdp.send('Profiler.start');
  }
  return { context, p, cdp };
}

/**
 * Loads a scenario's page and waits for the first frame with every widget's articles; `settle`:
 * then lets idle work (index building, image decoding) happen, so its long tasks and shifts count.
 */
async function loadScenario(p, index, variant, settle = true) {
  await p.goto(`http://${HOST}/page/${index}/${variant}.html`, { waitUntil: 'load' });
  await p.waitForFunction(() => window.__bench.painted > 0, { timeout: 60_000 * Math.max(1, CPU), polling: 50 });
  if (settle) await p.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestIdleCallback(() => r(), { timeout: 1000 })), 300)));
}

/** One load of a scenario, traced: each task over 50 ms, as "ms at start: what ran, ms each". */
async function longTasks(browser, index, variant) {
  const { context, p, cdp } = await freshPage(browser, 200);
  await p.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'] });
  await loadScenario(p, index, variant);
  const { profile } = await cdp.send('Profiler.stop');
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await p.tracing.stop()));
  // The profiler's samples (same clock as the trace), each with the function running.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  let clock = profile.startTime;
  const samples = profile.samples.map((id, k) => ({ t: (clock += profile.timeDeltas[k]), frame: nodes.get(id) }));
  await context.close();
  const navigation = traceEvents.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser')?.ts ?? 0;
  // The page's main thread: the one that parsed its HTML.
  const main = traceEvents.find((e) => e.name === 'ParseHTML');
  const mine = traceEvents.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const out = [];
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && WHAT[e.name]);
    // Outermost events only: a function's own style recalculation is in its time.
    const outer = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && WHAT[o.name] && o.dur > e.dur));
    const parts = new Map();
    for (const e of outer) {
      const name = WHAT[e.name](e);
      parts.set(name, (parts.get(name) ?? 0) + e.dur / 1000);
    }
    const listed = [...parts].filter(([, ms]) => ms >= 5).sort((a, b) => b[1] - a[1]);
    // The script's own functions that ran longest in it (self time, from the samples).
    const self = new Map();
    let last = task.ts;
    for (const { t, frame } of samples) {
      if (t < task.ts || t > task.ts + task.dur) continue;
      if (frame.url && !/^(?:\(|$)/.test(frame.functionName)) {
        const name = `${frame.functionName || '(anonymous)'}@${file(frame.url)}`;
        self.set(name, (self.get(name) ?? 0) + (t - last) / 1000);
      }
      last = t;
    }
    const top = [...self]
      .filter(([, ms]) => ms >= 3)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    if (top.length) listed.push([`functions: ${top.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`, 0]);
    out.push(
      `${Math.round((task.ts - navigation) / 1000)} ms, ${Math.round(task.dur / 1000)} ms: ${listed.map(([name, ms]) => (ms ? `${name} ${Math.round(ms)}` : name)).join('; ') || 'no script, style or layout'}`,
    );
  }
  return out;
}

async function measure(browser, index, variant) {
  const { context, p, cdp } = await freshPage(browser);
  await cdp.send('Performance.enable');
  served = [];
  await loadScenario(p, index, variant);
  const probe = await p.evaluate(() => {
    const feed = performance.getEntriesByType('resource').filter((e) => e.name.includes('/feed/'));
    return { ...window.__bench, feedEnd: Math.min(...feed.map((e) => e.responseEnd)), feedStart: Math.min(...feed.map((e) => e.requestStart)) };
  });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const requests = served.filter((r) => !r.path.startsWith('/page/'));
  await context.close();
  return {
    scriptBytes: requests.filter((r) => r.type === 'text/javascript').reduce((s, r) => s + r.bytes, 0),
    requests: requests.length,
    feedStart: probe.feedStart,
    fcp: probe.fcp,
    firstFrame: probe.painted,
    arrivedToPainted: probe.painted - probe.feedEnd,
    cpu: metrics.TaskDuration * 1000,
    longTasks: probe.long.length,
    tbt: probe.long.reduce((s, d) => s + Math.max(0, d - 50), 0),
    cls: probe.cls,
    heap: heap / 1024,
  };
}

const METRICS = [
  ['scriptBytes', 'script B gz', 0],
  ['requests', 'requests', 0],
  ['feedStart', 'feed request starts ms', 0],
  ['fcp', 'first paint ms', 0],
  ['firstFrame', 'first frame with items ms', 0],
  ['arrivedToPainted', 'feed arrived → painted ms', 0],
  ['cpu', 'main-thread CPU ms', 0],
  ['longTasks', 'long tasks', 0],
  ['tbt', 'TBT ms', 0],
  ['cls', 'CLS', 3],
  ['heap', 'JS heap KB', 0],
];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN;
};

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...chromiumArgs, '--remote-debugging-port=0'],
});
if (PROFILE) {
  const index = SCENARIOS.findIndex((s) => !ONLY || s.name.includes(ONLY));
  for (let i = 0; i < 3; i++) await measure(browser, index, 'civic');
  const self = new Map();
  for (let i = 0; i < 5; i++) {
    const { context, p, cdp } = await freshPage(browser, 100);
    await loadScenario(p, index, 'civic', false);
    const { profile } = await cdp.send('Profiler.stop');
    const dt = new Map(profile.nodes.map((n) => [n.id, 0]));
    profile.samples.forEach((id, k) => dt.set(id, dt.get(id) + (profile.timeDeltas[k + 1] ?? 0)));
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt.get(n.id) / 1000 / 5);
    }
    await context.close();
  }
  console.log(`Self time per load (ms), ${SCENARIOS[index].name}, median of 5 loads' sum:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(7)}  ${key}`);
  await browser.close();
  server.close();
  process.exit(0);
}
if (LONG_TASKS) {
  const index = SCENARIOS.findIndex((s) => !ONLY || s.name.includes(ONLY));
  await measure(browser, index, 'civic');
  for (const variant of ['civic', 'baseline']) {
    console.log(`Tasks over 50 ms, ${SCENARIOS[index].name}, ${variant}, CPU slowdown ${CPU}×:`);
    for (let load = 1; load <= 3; load++) {
      const tasks = await longTasks(browser, index, variant);
      console.log(`  load ${load}: ${tasks.length ? '' : 'none'}`);
      for (const task of tasks) console.log(`    ${task}`);
    }
  }
  await browser.close();
  server.close();
  process.exit(0);
}
const chosen = SCENARIOS.map((s, i) => [s, i]).filter(([s]) => !ONLY || s.name.includes(ONLY));
const raw = new Map(chosen.map(([s]) => [s.name, { civic: [], baseline: [] }]));
// One warm-up load of each kind, not counted: the first loads pay for Chromium's own start-up.
await measure(browser, chosen[0][1], 'civic');
await measure(browser, chosen[0][1], 'baseline');
for (let round = 0; round < ROUNDS; round++) {
  for (const [scenario, index] of chosen) {
    const order = round % 2 ? ['baseline', 'civic'] : ['civic', 'baseline'];
    for (const variant of order) raw.get(scenario.name)[variant].push(await measure(browser, index, variant));
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
}

const results = chosen.map(([scenario]) => {
  const { civic, baseline } = raw.get(scenario.name);
  const row = { scenario: scenario.name, pageType: scenario.type, metrics: {} };
  for (const [key] of METRICS) {
    const ratios = civic.map((c, i) => (baseline[i][key] > 0 ? c[key] / baseline[i][key] : c[key] === 0 ? 1 : NaN)).filter(Number.isFinite);
    row.metrics[key] = { civic: median(civic.map((r) => r[key])), baseline: median(baseline.map((r) => r[key])), ratio: ratios.length ? median(ratios) : null };
  }
  return row;
});

// ---------------------------------------------------------------- Lighthouse
const VERSION = await browser.version();
let lighthouse = { all: 'not asked (--no-lighthouse)' };
if (LIGHTHOUSE) lighthouse = await runLighthouse(browser);
await browser.close();
server.close();

async function runLighthouse(chrome) {
  let run;
  try {
    ({ default: run } = await import('lighthouse'));
  } catch (error) {
    return { all: `lighthouse is not installed (${error.message.split('\n')[0]})` };
  }
  const port = Number(new URL(chrome.wsEndpoint()).port);
  const out = {};
  for (const preset of ['mobile', 'desktop']) {
    const config = preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    try {
      const result = await run(
        `http://${HOST}/demo/index.html`,
        { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        config,
      );
      const { categories, audits } = result.lhr;
      out[preset] = {
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        lcp: Math.round(audits['largest-contentful-paint'].numericValue),
        tbt: Math.round(audits['total-blocking-time'].numericValue),
        cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      };
    } catch (error) {
      out[preset] = { skipped: error.message.split('\n')[0] };
    }
  }
  return out;
}

// ---------------------------------------------------------------- report
const fmt = (v, digits) => (v == null || Number.isNaN(v) ? '–' : v.toFixed(digits));
const lines = [];
lines.push(
  `npm run bench: ${ROUNDS} paired rounds, CPU slowdown ${CPU}×, network ${NETWORK || 'not throttled'}, ${VERSION}, viewport 412×900${RENDER_BLOCKING ? ', script tag blocking="render"' : ''}`,
);
lines.push('Each cell: widgets / baseline = median of per-round ratios (medians of the raw values in parentheses).');
lines.push(
  '"feed arrived → painted" runs from the feed\'s responseEnd: where the request starts before the script has defined the elements, it includes that start-up.',
);
lines.push('');
lines.push(`| scenario | ${METRICS.map(([, label]) => label).join(' | ')} |`);
lines.push(`|---|${METRICS.map(() => '---:').join('|')}|`);
for (const row of results) {
  const cells = METRICS.map(([key, , digits]) => {
    const m = row.metrics[key];
    return `${m.ratio == null ? '–' : `${fmt(m.ratio, 2)}×`} (${fmt(m.civic, digits)} / ${fmt(m.baseline, digits)})`;
  });
  lines.push(`| ${row.scenario} | ${cells.join(' | ')} |`);
}
lines.push('');
const pages = new Map();
for (const row of results) {
  const key = `${row.pageType} page, ${row.scenario.split(' ').pop()}`;
  if (!pages.has(key)) pages.set(key, row.metrics.scriptBytes.civic);
}
lines.push('Script bytes per page type (gzip -9, what the page downloads):');
for (const [key, bytes] of pages) lines.push(`  ${key}: ${bytes} B (${(bytes / 1024).toFixed(1)} KB)`);
lines.push('');
for (const [preset, r] of Object.entries(lighthouse))
  lines.push(
    typeof r === 'string'
      ? `Lighthouse: skipped, ${r}`
      : r.skipped
        ? `Lighthouse ${preset}: skipped, ${r.skipped}`
        : `Lighthouse ${preset} (demo/index.html): performance ${r.performance}, accessibility ${r.accessibility}, LCP ${r.lcp} ms, TBT ${r.tbt} ms, CLS ${r.cls}`,
  );
console.log(lines.join('\n'));

mkdirSync(join(root, 'bench/results'), { recursive: true });
const json = JSON.stringify(
  {
    date: new Date().toISOString(),
    rounds: ROUNDS,
    cpuSlowdown: CPU,
    network: NETWORK || null,
    results,
    pageBytes: Object.fromEntries(pages),
    lighthouse,
    raw: Object.fromEntries(raw),
  },
  null,
  1,
);
writeFileSync(join(root, 'bench/results/latest.json'), json);
writeFileSync(join(root, `bench/results/${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}${CPU > 1 ? `-cpu${CPU}` : ''}.json`), json);
