// Real HTTP routes for the tests, served by the test runner's own server on 127.0.0.1:
// fixtures with chosen status codes, content types, delays and request counting, and the
// third-party corpora in test/corpora.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../../scripts/csp.mjs';
import { faultHits, faults } from './faults.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..', '..');
const corpora = resolve(project, 'test', 'corpora');
const fixtures = resolve(project, 'test', 'fixtures');
const demo = resolve(project, 'demo');
const hits = new Map();
const cookies = new Map();
const stored = new Map();

const TYPES = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.html': 'text/html',
  '.txt': 'text/plain',
  '.yml': 'text/plain',
  '.md': 'text/plain',
};

function inside(base, path) {
  const full = normalize(join(base, path));
  return full.startsWith(base + '/') && existsSync(full) && statSync(full).isFile() ? full : undefined;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * /__test/…:
 * - /__test/corpus/<corpus>/<path>: a file of test/corpora (third-party feeds and attack
 *   strings, see test/corpora/README.md), as is.
 * - Any route: `location=` sets a Content-Location header.
 * - /__test/fixture/<path>?status=&type=&delay=&key=: a file of test/fixtures, with an optional
 *   status, Content-Type, delay in ms, and a counter key. /__test/demo/<path>: the same for demo/.
 *   These answer with the file's bytes as they are (the dev server's own static serving would
 *   re-encode a windows-1250 feed as UTF-8).
 * - /__test/hits/<key>: how many requests the key has had (JSON number).
 * - /__test/cookie/<key>: the Cookie header of the key's last request (JSON string, "" or null).
 * - /__test/status/<code>: an empty answer with that status.
 * - /__test/body?type=&text=: a body made from the query (for small inline cases).
 * - /__test/big?items=&size=&format=&huge=: a generated feed (size per item body, in bytes), JSON
 *   Feed unless format is rss or atom; with huge, the second item's body has that many bytes.
 * - /__test/list/<corpus>/<path>: the files under a folder of test/corpora, recursively (JSON
 *   array of paths).
 * - POST /__test/report/<name>: writes the JSON body to <project>/<name>-results.json.
 * - /__test/via?url=&fails=&key=&delay=: a same-origin file of the project (`url` is absolute,
 *   as a `proxy="/__test/via?url={url}"` template sends it), after `delay`; the first `fails`
 *   requests of `key` get a 503. Puts any element, whatever its own attributes, into a slow or
 *   flaky loading.
 * - /__test/store/<key>: POST keeps the request body (and its Content-Type); GET serves it.
 * - /__test/csp/<path>: a file of test/fixtures served with the strict CSP of scripts/csp.mjs.
 * - /__test/csp-report/<path>: the same with that policy as Content-Security-Policy-Report-Only:
 *   the page reports what the policy would block and blocks nothing, as a page without CSP.
 * - /__test/lonely/civic-news*.min.js: the built files but the sanitizer, which does not lie beside them.
 * - /__test/evil/<path>: a hostile "part" module (requests for any `.min.js` counted as hits
 *   of key `evil`); the
 *   DOM clobbering tests point a clobbered `document.currentScript` here.
 * - /__test/cdn/<label>-<key>/page.html: a page that loads the built bundle the way the README
 *   tells a webmaster to, from /__test/cdn/<label>-<key>/civic-news-widgets@1/dist/ with its
 *   `integrity` from dist/integrity.json, and shows an article with a body; `?lang=uk` sets
 *   `<html lang>` (default `pl`), and `__civicWarnings` records the page's console warnings.
 *   `list.html` shows a list only, `related.html` a list and a related block, `query.html` a list
 *   with a `query` (issue 13), `rss.html` a list of an RSS feed, `article-placeholder.html` an
 *   article as a `data-civic-widget` placeholder; `__civicEvents` records each `civic-load` and
 *   `civic-error`.
 *   Under /__test/cdn/<label>-<key>/civic-news-widgets@<any version>/dist/ lie the built files;
 *   for label `tampered` the sanitizer, language and related files have one more statement (it sets
 *   `__civicTampered`), for label `swap` only from their second request on, for `tampercore`,
 *   `tamperxml` and `tamperarticle` only the core, the XML readers or the article view (issue 13). Each file counts
 *   hits as `<key>:<file>`.
 * - /__test/csp-site/<demo|dist>/<path>: a file of demo/ or dist/ with the strict CSP of
 *   scripts/csp.mjs (demo/configure.html is checked under it).
 * - /__test/wp-posts?page=N: WordPress REST paging over test/fixtures/editors/wp-page-N.json,
 *   with X-WP-TotalPages (2).
 * - /__test/sources: every file under src/ as `{ path: text }`, for the one-door test.
 * - /__test/main-thread: CIVIC_MAIN_THREAD of the runner's environment (test/main-thread.ts).
 * - /__test/ssr: `{ html, articles }`, a list and a card rendered by Lit SSR from dist/ (ssr.mjs).
 * - /__test/fault/<kind>, /__test/times/<key>: a server that misbehaves on purpose (faults.mjs).
 */
/**
 * The built files a page downloads by script tag, served byte for byte as any web server or CDN
 * serves them (the runner's esbuild plugin would otherwise rewrite them, and their SRI hashes
 * would no longer match).
 */
export async function builtBytes(ctx, next) {
  const name = /^\/dist\/(civic-news(?:-[a-z]+|-lang-[a-z]{2})?\.min\.js|integrity\.json)$/.exec(ctx.path)?.[1];
  if (!name || !existsSync(join(project, 'dist', name))) return next();
  ctx.body = readFileSync(join(project, 'dist', name));
  ctx.type = name.endsWith('.json') ? 'application/json' : 'text/javascript';
  ctx.set('Cache-Control', 'no-store');
}

export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://127.0.0.1');
  if (!url.pathname.startsWith('/__test/')) return next();
  await respond(ctx, url);
  // The test runner marks every path with a file extension as cacheable for a year after this
  // middleware returns; these answers change from request to request, so the path loses its
  // extension here and the browser must ask again each time.
  ctx.path = '/__test/no-store';
}

async function respond(ctx, url) {
  const [, , route, ...rest] = url.pathname.split('/');
  let path;
  try {
    path = decodeURIComponent(rest.join('/'));
  } catch {
    // Attack strings make their way into URLs in the XSS tests: a bad escape is a 400, not a crash.
    ctx.status = 400;
    ctx.body = 'bad path';
    return;
  }
  const q = url.searchParams;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  if (q.get('location')) ctx.set('Content-Location', q.get('location'));
  if (q.get('key')) hits.set(q.get('key'), (hits.get(q.get('key')) ?? 0) + 1);
  if (q.get('key')) cookies.set(q.get('key'), ctx.get('cookie'));
  // Before the delay: the faults record when a request arrived, and delay on their own terms.
  if (await faults(ctx, url)) return;
  if (q.get('delay')) await sleep(Number(q.get('delay')));

  if (route === 'main-thread') {
    // Which tests that measure the main thread this run keeps (CIVIC_MAIN_THREAD; test/main-thread.ts).
    ctx.type = 'text/plain';
    ctx.body = process.env.CIVIC_MAIN_THREAD ?? '';
    return;
  }
  if (route === 'ssr') {
    // The elements rendered by Lit SSR from the built package (test/server/ssr.mjs).
    const { renderWidgets } = await import('./ssr.mjs');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(await renderWidgets());
    return;
  }
  if (route === 'cookie') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(cookies.get(path) ?? null);
    return;
  }
  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = String(hits.get(path) ?? faultHits(path) ?? 0);
    return;
  }
  if (route === 'status') {
    ctx.status = Number(path) || 500;
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (route === 'body') {
    ctx.type = q.get('type') ?? 'text/plain';
    ctx.body = q.get('text') ?? '';
    return;
  }
  if (route === 'store') {
    if (ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stored.set(path, { type: ctx.get('content-type') || 'application/octet-stream', body: Buffer.concat(chunks) });
      ctx.status = 204;
      return;
    }
    const entry = stored.get(path);
    ctx.status = entry ? 200 : 404;
    ctx.type = entry?.type ?? 'text/plain';
    ctx.body = entry?.body ?? 'not stored';
    return;
  }
  if (route === 'sources') {
    const files = {};
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else files[relative(project, full)] = readFileSync(full, 'utf8');
      }
    };
    walk(join(project, 'src'));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(files);
    return;
  }
  if (route === 'evil') {
    // A stand-in for a sanitizer on someone else's server: counts its requests, and if it is
    // ever imported, says so on the page that ran it.
    if (path.endsWith('.min.js')) hits.set('evil', (hits.get('evil') ?? 0) + 1);
    ctx.type = 'text/javascript';
    ctx.body =
      'window.__evilRan = (window.__evilRan ?? 0) + 1; export function sanitizeBody() { window.__evilRan++; return document.createDocumentFragment(); }';
    return;
  }
  if (route === 'cdn') {
    await cdn(ctx, path, q.get('lang'));
    return;
  }
  if (route === 'lonely') {
    const file =
      /^civic-news(?:-[a-z]+|-lang-[a-z]{2})?\.min\.js$/.test(path) && path !== 'civic-news-sanitizer.min.js' ? join(project, 'dist', path) : undefined;
    ctx.status = file ? 200 : 404;
    ctx.type = 'text/javascript';
    ctx.body = file ? readFileSync(file) : 'not here';
    return;
  }
  if (route === 'list') {
    const dir = normalize(join(corpora, path));
    if (!dir.startsWith(corpora + '/') || !existsSync(dir)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(
      readdirSync(dir, { recursive: true })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort(),
    );
    return;
  }
  if (route === 'report' && ctx.method === 'POST' && /^[\w-]+$/.test(path)) {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    writeFileSync(join(project, `${path}-results.json`), Buffer.concat(chunks));
    ctx.status = 204;
    return;
  }
  if (route === 'big' && q.get('format')) {
    ctx.type = q.get('format') === 'atom' ? 'application/atom+xml' : 'application/rss+xml';
    ctx.body = bigXml(q.get('format'), Number(q.get('items') ?? 1000), Number(q.get('size') ?? 200), Number(q.get('huge') ?? 0));
    return;
  }
  if (route === 'big') {
    const items = Number(q.get('items') ?? 1000);
    const size = Number(q.get('size') ?? 200);
    const body = 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(size / 28)).slice(0, size);
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Big',
      items: Array.from({ length: items }, (_, i) => ({
        id: `big-${i}`,
        url: `https://example.org/big/${i}`,
        title: `Artykuł numer ${i}`,
        content_html: `<p>${body}</p>`,
        date_published: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      })),
    });
    return;
  }
  if (route === 'via') {
    const file = inside(project, new URL(q.get('url') ?? '', 'http://127.0.0.1').pathname);
    const fails = Number(q.get('fails') ?? 0);
    if (!file || (fails > 0 && (hits.get(q.get('key')) ?? 0) <= fails)) {
      ctx.status = file ? 503 : 404;
      ctx.body = 'unavailable';
      return;
    }
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.body = readFileSync(file);
    return;
  }
  if (route === 'csp') ctx.set('Content-Security-Policy', CSP);
  if (route === 'csp-report') ctx.set('Content-Security-Policy-Report-Only', CSP);
  if (route === 'csp-site') {
    // demo/ and dist/ side by side, as a city hosts them, under the strict CSP: demo/configure.html
    // is checked against it.
    const [folder, ...inner] = path.split('/');
    const file = (folder === 'demo' || folder === 'dist') && inside(resolve(project, folder), inner.join('/'));
    ctx.set('Content-Security-Policy', CSP);
    ctx.status = file ? 200 : 404;
    ctx.type = file
      ? ({ '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream')
      : 'text/plain';
    ctx.body = file ? readFileSync(file) : 'not found';
    return;
  }
  if (route === 'wp-posts') {
    // WordPress REST paging (test/fixtures/editors/wp-page-N.json): `page`, and the page count
    // in X-WP-TotalPages, exposed to other origins as WordPress does.
    const page = Number(q.get('page') ?? 1);
    const file = inside(fixtures, `editors/wp-page-${page}.json`);
    ctx.set('X-WP-Total', '4');
    ctx.set('X-WP-TotalPages', '2');
    ctx.set('Access-Control-Expose-Headers', 'X-WP-Total, X-WP-TotalPages');
    ctx.status = file && existsSync(file) ? 200 : 400;
    ctx.type = 'application/json';
    ctx.body = ctx.status === 200 ? readFileSync(file) : '{"code":"rest_post_invalid_page_number"}';
    return;
  }
  const base = route === 'corpus' ? corpora : route === 'fixture' || route === 'csp' || route === 'csp-report' ? fixtures : route === 'demo' ? demo : undefined;
  const file = base && inside(base, path);
  if (!file) {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  ctx.status = Number(q.get('status') ?? 200);
  ctx.type = q.get('type') ?? TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.body = q.get('stream') ? createReadStream(file) : readFileSync(file);
}

/** The pages of /__test/cdn: an article with a body; a list only; a list and a related block; a list with a `query` (issue 13). */
const CDN_PAGES = {
  'page.html': '<civic-article src="/__test/fixture/article.json" article-id="art-plac"></civic-article>',
  'list.html': '<civic-article-list src="/__test/fixture/related/feed.json" limit="4"></civic-article-list>',
  'related.html':
    '<civic-article-list src="/__test/fixture/related/feed.json" limit="4"></civic-article-list>' +
    '<civic-related-articles src="/__test/fixture/related/feed.json" for="r1"></civic-related-articles>',
  'related-slow.html': '<civic-related-articles src="/__test/fixture/related/feed.json?delay=800" for="r1"></civic-related-articles>',
  'query.html': '<civic-article-list src="/__test/fixture/related/feed.json" query="budżetu"></civic-article-list>',
  // Issue 13: the XML readers and the article view are parts of their own.
  'rss.html':
    '<civic-article-list src="/__test/fixture/feeds/gmina-iso-8859-2.xml?type=application/rss%2Bxml%3B%20charset%3Diso-8859-2" limit="3"></civic-article-list>',
  'article-placeholder.html': '<div data-civic-widget="article" data-src="/__test/fixture/article.json" data-article-id="art-plac"></div>',
  // The parts a page will need are asked for at once, beside the core, not after a slow feed.
  'rss-slow.html':
    '<civic-article-list src="/__test/fixture/feeds/gmina-iso-8859-2.xml?delay=800&type=application/rss%2Bxml%3B%20charset%3Diso-8859-2" limit="3"></civic-article-list>',
  'rss-slow-auto.html': '<civic-article-list src="/__test/fixture/feeds/powiat.atom?as=json&delay=800&type=application/atom%2Bxml"></civic-article-list>',
  'article-slow.html': '<civic-article src="/__test/fixture/article.json?delay=800" article-id="art-plac" lang="uk"></civic-article>',
  // docs/languages.md: a page's own script registers strings right after the script tag, before the core has arrived.
  'register-early.html':
    '<civic-article-list src="/__test/fixture/empty.json"></civic-article-list>' +
    '<script type="module">window.__registeredBeforeReady = !customElements.get("civic-article-list"); CivicNews.registerLanguage("pl", { empty: "Na razie nie ma aktualności." });</script>',
};

/**
 * Phone-wide article pages with text below a widget, for the layout shift while the core part
 * downloads (`slowcore-` folders make it 1.5 s late): shift-<widget>.html. Their script tag is
 * `defer blocking="render"`, as docs/styling.md gives it for pages that want no shift at all.
 */
const BELOW = Array.from({ length: 6 }, (_, i) => `<p>Akapit ${i + 1} strony miasta pod widżetem: ratusz, rynek, park miejski i zażółć gęślą jaźń.</p>`).join(
  '',
);
const SHIFTED = {
  list: '<civic-article-list src="/__test/demo/feeds/aktualnosci.json" limit="3"></civic-article-list>',
  compact: '<civic-article-list src="/__test/demo/feeds/aktualnosci.json" limit="4" layout="compact"></civic-article-list>',
  card: '<civic-article-card src="/__test/demo/feeds/aktualnosci.json"></civic-article-card>',
  related: '<civic-related-articles src="/__test/demo/feeds/aktualnosci.json" for="pl-hala-sportowa-otwarta" limit="2"></civic-related-articles>',
  article: '<civic-article src="/__test/demo/feeds/aktualnosci.json" article-id="pl-budzet-obywatelski-2027"></civic-article>',
  placeholder: '<div data-civic-widget="article-list" data-src="/__test/demo/feeds/aktualnosci.json" data-limit="2"></div>',
  // Content of the page's own in the element (shown until the articles are): no room is kept for it.
  fallback:
    '<civic-article-list src="/__test/demo/feeds/aktualnosci.json" limit="3"><p><a href="/aktualnosci">Wszystkie aktualności</a></p></civic-article-list>',
};
for (const [name, widget] of Object.entries(SHIFTED))
  CDN_PAGES[`shift-${name}.html`] =
    `<style>body { margin: 0 auto; max-width: 22.5rem; font: 16px/1.5 sans-serif }</style><h1>Aktualności</h1><p>Wstęp strony nad widżetem.</p>${widget}${BELOW}`;

/** A CDN or a city's own server, serving the built files (see /__test/cdn above). */
async function cdn(ctx, path, lang) {
  const [folder, ...rest] = path.split('/');
  const [, label, key] = /^(good|tampered|swap|tampercore|tamperxml|tamperarticle|slowcore)-(.+)$/.exec(folder) ?? [];
  const integrity = JSON.parse(readFileSync(join(project, 'dist', 'integrity.json'), 'utf8')).files;
  const page = Object.hasOwn(CDN_PAGES, rest.join('/')) ? CDN_PAGES[rest.join('/')] : undefined;
  if (label && page) {
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="${/^[a-z]{2}$/.test(lang ?? '') ? lang : 'pl'}"><head><meta charset="utf-8"><title>From a CDN</title>
<script src="/__test/fixture/pages/violations.js"></script>
<script>window.__civicEvents = []; for (const type of ['civic-load', 'civic-error']) document.addEventListener(type, (event) => __civicEvents.push({ type, tag: event.target.localName, code: event.detail.code }));</script>
<script>window.__civicShift = 0; window.__civicShifts = []; try { new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) { __civicShift += entry.value; __civicShifts.push(Math.round(entry.startTime) + ' ms: ' + entry.value.toFixed(4) + ' ' + entry.sources.map((s) => s.node?.nodeName + ' ' + s.previousRect.y + ' to ' + s.currentRect.y).join(', ')); } }).observe({ type: 'layout-shift', buffered: true }); } catch {}</script>
<script>window.__civicWarnings = []; const warn = console.warn; console.warn = (...args) => { __civicWarnings.push(String(args[0])); dispatchEvent(new Event('civic-test-warning')); warn.apply(console, args); };</script>
<script src="/__test/cdn/${folder}/civic-news-widgets@1/dist/civic-news.min.js" integrity="${integrity['civic-news.min.js']}" crossorigin="anonymous" defer${rest.join('/').startsWith('shift-') ? ' blocking="render"' : ''}></script>
</head><body>${page}</body></html>`;
    return;
  }
  const match = /^civic-news-widgets@[^/]+\/dist\/(civic-news(?:-[a-z]+|-lang-[a-z]{2})?\.min\.js)$/.exec(rest.join('/'));
  if (!label || !match) {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  const name = match[1];
  const count = (hits.get(`${key}:${name}`) ?? 0) + 1;
  hits.set(`${key}:${name}`, count);
  if (label === 'slowcore' && name === 'civic-news-core.min.js') await sleep(1500);
  let body = readFileSync(join(project, 'dist', name));
  // The parts a test may find changed: those a page loads for one feature (the core and the
  // article view are what every tamper test needs intact to show anything at all).
  const part = !['civic-news.min.js', 'civic-news-core.min.js', 'civic-news-article.min.js', 'civic-news-xml.min.js'].includes(name);
  const tamper =
    (part && (label === 'tampered' || (label === 'swap' && count > 1))) ||
    (label === 'tampercore' && name === 'civic-news-core.min.js') ||
    (label === 'tamperxml' && name === 'civic-news-xml.min.js') ||
    (label === 'tamperarticle' && name === 'civic-news-article.min.js');
  if (tamper) body = Buffer.concat([body, Buffer.from('\nglobalThis.__civicTampered = true;\n')]);
  ctx.type = 'text/javascript';
  ctx.body = body;
}

/** A generated RSS 2.0 or Atom feed: `items` items with bodies of `size` bytes, newest first. */
function bigXml(format, items, size, huge) {
  const text = (n) => 'Lorem ipsum dolor sit amet &amp; zażółć gęślą jaźń. '.repeat(Math.ceil(n / 50)).slice(0, n);
  const small = text(size);
  const large = huge ? text(huge) : small;
  const date = (i) => new Date(Date.UTC(2026, 0, 1) + (items - i) * 60_000);
  const out = [];
  if (format === 'atom') {
    out.push('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Big</title><id>urn:big</id>');
    for (let i = 0; i < items; i++) {
      const body = i === 1 ? large : small;
      out.push(
        `<entry><id>urn:big:${i}</id><title>Artykuł numer ${i}</title><link href="https://example.org/big/${i}"/><updated>${date(i).toISOString()}</updated><content type="html">&lt;p&gt;${body.replace(/&amp;/g, '&amp;amp;')}&lt;/p&gt;</content></entry>`,
      );
    }
    out.push('</feed>');
  } else {
    out.push(
      '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title><link>https://example.org/</link>',
    );
    for (let i = 0; i < items; i++) {
      const body = i === 1 ? large : small;
      out.push(
        `<item><title>Artykuł numer ${i}</title><link>https://example.org/big/${i}</link><guid>https://example.org/big/${i}</guid><pubDate>${date(i).toUTCString()}</pubDate><description>Krótki opis ${i}</description><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>`,
      );
    }
    out.push('</channel></rss>');
  }
  return out.join('\n');
}
