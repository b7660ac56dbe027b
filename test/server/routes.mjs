// Real HTTP routes for the tests, served by the test runner's own server on 127.0.0.1:
// fixtures with chosen status codes, content types, delays and request counting, and the
// read-only corpora in ../shared.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../../scripts/csp.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..', '..');
const shared = resolve(project, '..', 'shared');
const fixtures = resolve(project, 'test', 'fixtures');
const demo = resolve(project, 'demo');
const hits = new Map();
const stored = new Map();

const TYPES = { '.json': 'application/json', '.xml': 'application/xml', '.rss': 'application/rss+xml', '.atom': 'application/atom+xml', '.rdf': 'application/rdf+xml', '.html': 'text/html', '.txt': 'text/plain', '.yml': 'text/plain', '.md': 'text/plain' };

function inside(base, path) {
  const full = normalize(join(base, path));
  return full.startsWith(base + '/') && existsSync(full) && statSync(full).isFile() ? full : undefined;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * /__test/…:
 * - /__test/shared/<path>: a file of ../shared (corpora, reference), as is.
 * - Any route: `location=` sets a Content-Location header.
 * - /__test/fixture/<path>?status=&type=&delay=&key=: a file of test/fixtures, with an optional
 *   status, Content-Type, delay in ms, and a counter key. /__test/demo/<path>: the same for demo/.
 *   These answer with the file's bytes as they are (the dev server's own static serving would
 *   re-encode a windows-1250 feed as UTF-8).
 * - /__test/hits/<key>: how many requests the key has had (JSON number).
 * - /__test/status/<code>: an empty answer with that status.
 * - /__test/body?type=&text=: a body made from the query (for small inline cases).
 * - /__test/big?items=&size=&format=&huge=: a generated feed (size per item body, in bytes), JSON
 *   Feed unless format is rss or atom; with huge, the second item's body has that many bytes.
 * - /__test/list/<path>: the files under a folder of ../shared, recursively (JSON array of paths).
 * - POST /__test/report/<name>: writes the JSON body to <project>/<name>-results.json.
 * - /__test/via?url=&fails=&key=&delay=: a same-origin file of the project (`url` is absolute,
 *   as a `proxy="/__test/via?url={url}"` template sends it), after `delay`; the first `fails`
 *   requests of `key` get a 503. Puts any element, whatever its own attributes, into a slow or
 *   flaky loading.
 * - /__test/store/<key>: POST keeps the request body (and its Content-Type); GET serves it.
 * - /__test/csp/<path>: a file of test/fixtures served with the strict CSP of scripts/csp.mjs.
 * - /__test/lonely/civic-news.min.js: the built bundle where no sanitizer file lies beside it.
 * - /__test/sources: every file under src/ as `{ path: text }`, for the one-door test.
 * - /__test/record/<name>: with CIVIC_RECORD=1 in the environment, POST writes the body to
 *   test/security/<name> (checked-in expectations such as dompurify-differences.json); GET
 *   says whether recording is on.
 */
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
  if (q.get('delay')) await sleep(Number(q.get('delay')));

  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = String(hits.get(path) ?? 0);
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
  if (route === 'record') {
    const on = process.env.CIVIC_RECORD === '1';
    if (ctx.method === 'POST' && on && /^[\w.-]+\.json$/.test(path)) {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      writeFileSync(join(project, 'test', 'security', path), Buffer.concat(chunks));
      ctx.status = 204;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(on);
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
  if (route === 'lonely') {
    const file = path === 'civic-news.min.js' ? join(project, 'dist', 'civic-news.min.js') : undefined;
    ctx.status = file ? 200 : 404;
    ctx.type = 'text/javascript';
    ctx.body = file ? readFileSync(file) : 'not here';
    return;
  }
  if (route === 'list') {
    const dir = normalize(join(shared, path));
    if (!dir.startsWith(shared + '/') || !existsSync(dir)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort());
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
  const base = route === 'shared' ? shared : route === 'fixture' || route === 'csp' ? fixtures : route === 'demo' ? demo : undefined;
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
      out.push(`<entry><id>urn:big:${i}</id><title>Artykuł numer ${i}</title><link href="https://example.org/big/${i}"/><updated>${date(i).toISOString()}</updated><content type="html">&lt;p&gt;${body.replace(/&amp;/g, '&amp;amp;')}&lt;/p&gt;</content></entry>`);
    }
    out.push('</feed>');
  } else {
    out.push('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title><link>https://example.org/</link>');
    for (let i = 0; i < items; i++) {
      const body = i === 1 ? large : small;
      out.push(`<item><title>Artykuł numer ${i}</title><link>https://example.org/big/${i}</link><guid>https://example.org/big/${i}</guid><pubDate>${date(i).toUTCString()}</pubDate><description>Krótki opis ${i}</description><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>`);
    }
    out.push('</channel></rss>');
  }
  return out.join('\n');
}
