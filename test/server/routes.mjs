// Real HTTP routes for the tests, served by the test runner's own server on 127.0.0.1:
// fixtures with chosen status codes, content types, delays and request counting, and the
// read-only corpora in ../shared.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..', '..');
const shared = resolve(project, '..', 'shared');
const fixtures = resolve(project, 'test', 'fixtures');
const hits = new Map();

const TYPES = { '.json': 'application/json', '.xml': 'application/xml', '.rss': 'application/rss+xml', '.atom': 'application/atom+xml', '.rdf': 'application/rdf+xml', '.html': 'text/html', '.txt': 'text/plain', '.yml': 'text/plain', '.md': 'text/plain' };

function inside(base, path) {
  const full = normalize(join(base, path));
  return full.startsWith(base + '/') && existsSync(full) && statSync(full).isFile() ? full : undefined;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * /__test/…:
 * - /__test/shared/<path>: a file of ../shared (corpora, reference), as is.
 * - /__test/fixture/<path>?status=&type=&delay=&key=: a file of test/fixtures, with an optional
 *   status, Content-Type, delay in ms, and a counter key.
 * - /__test/hits/<key>: how many requests the key has had (JSON number).
 * - /__test/status/<code>: an empty answer with that status.
 * - /__test/body?type=&text=: a body made from the query (for small inline cases).
 * - /__test/big?items=&size=: a generated JSON Feed (size per item body, in bytes).
 * - /__test/via?url=&fails=&key=&delay=: a same-origin file of the project (`url` is absolute,
 *   as a `proxy="/__test/via?url={url}"` template sends it), after `delay`; the first `fails`
 *   requests of `key` get a 503. Puts any element, whatever its own attributes, into a slow or
 *   flaky loading.
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
  const path = decodeURIComponent(rest.join('/'));
  const q = url.searchParams;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
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
  const base = route === 'shared' ? shared : route === 'fixture' ? fixtures : undefined;
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
