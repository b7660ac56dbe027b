// Two more origins for the tests, so that feeds come from somewhere else than the page, as they
// do on a city's site: the "publisher" at http://127.0.0.1:<port> and a "mirror" it may redirect
// to at http://localhost:<port> (another port and another host name). Both are plain node:http
// servers that record every request they get, OPTIONS (a CORS preflight) included.
//
// - GET /cors/<mode>/<path>?key=K: a file of test/fixtures or demo/feeds (<path> starts with
//   `fixtures/` or `demo/`) with the CORS headers of <mode>:
//   - none: no CORS header at all (most RSS from Polish CMSs)
//   - star: `Access-Control-Allow-Origin: *` only
//   - wordpress: what the WordPress REST API sends (rest_send_cors_headers): the request's
//     Origin reflected, `Access-Control-Allow-Credentials: true`, `Vary: Origin`, and its
//     Allow-Methods, Allow-Headers and Expose-Headers
// - GET /redirect/<first>/<second>/<path>?key=K: a 302 with the CORS headers of <first> to the
//   mirror's /cors/<second>/<path>?key=K.
// - OPTIONS anything: recorded and answered 405 with no CORS header, like a feed server that
//   knows nothing of preflights.
//
// The test runner's own server (testRoutes below) tells the page the origins and the log:
// - /__test/origins: `{ publisher, mirror }`
// - /__test/cross-log/<key>: the requests both servers saw for a key, in order:
//   `[{ server, method, path, origin, cookie, accept, mode }]`
// - /__test/cross-log/*: every request since the servers started (the OPTIONS check).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const roots = { fixtures: join(project, 'test', 'fixtures'), demo: join(project, 'demo', 'feeds') };
const TYPES = {
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.rdf': 'application/rdf+xml',
};

const log = [];
const origins = { publisher: '', mirror: '' };
const servers = [];

function corsHeaders(mode, origin) {
  if (mode === 'star') return { 'Access-Control-Allow-Origin': '*' };
  if (mode === 'wordpress') {
    return {
      'Access-Control-Allow-Origin': origin || '*',
      'Access-Control-Allow-Methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
      'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
      Vary: 'Origin',
    };
  }
  return {};
}

function file(path) {
  const [root, ...rest] = path.split('/');
  const base = roots[root];
  if (!base) return undefined;
  const full = normalize(join(base, rest.join('/')));
  return full.startsWith(base + '/') && existsSync(full) && statSync(full).isFile() ? full : undefined;
}

function handle(server, req, res) {
  const url = new URL(req.url, 'http://x');
  const key = url.searchParams.get('key') ?? '';
  log.push({
    server,
    key,
    method: req.method,
    path: url.pathname,
    origin: req.headers.origin ?? null,
    cookie: req.headers.cookie ?? null,
    accept: req.headers.accept ?? null,
    mode: req.headers['sec-fetch-mode'] ?? null,
  });
  if (req.method === 'OPTIONS') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const [, route, ...parts] = url.pathname.split('/');
  const origin = req.headers.origin;
  if (route === 'redirect' && parts.length > 2) {
    const [first, second, ...path] = parts;
    const location = `${origins.mirror}/cors/${second}/${path.join('/')}?key=${encodeURIComponent(key)}`;
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...corsHeaders(first, origin) }).end();
    return;
  }
  const found = route === 'cors' && parts.length > 1 ? file(parts.slice(1).join('/')) : undefined;
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain', ...corsHeaders(parts[0], origin) }).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...corsHeaders(parts[0], origin) });
  res.end(readFileSync(found));
}

function listen(name, host) {
  return new Promise((resolveListen, reject) => {
    const server = createServer((req, res) => handle(name, req, res));
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      servers.push(server);
      resolveListen(`http://${host}:${server.address().port}`);
    });
  });
}

/** Test-runner plugin: starts the publisher and the mirror with the runner, stops them with it. */
export function crossOriginPlugin() {
  return {
    name: 'civic-cross-origin',
    async serverStart() {
      origins.publisher = await listen('publisher', '127.0.0.1');
      origins.mirror = await listen('mirror', 'localhost');
    },
    async serverStop() {
      await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
    },
  };
}

/** The runner's routes that tell a test page where the other origins are and what they saw. */
export async function crossOriginRoutes(ctx, next) {
  if (ctx.path === '/__test/origins') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(origins);
    return;
  }
  if (ctx.path.startsWith('/__test/cross-log/')) {
    const key = decodeURIComponent(ctx.path.slice('/__test/cross-log/'.length));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(key === '*' ? log : log.filter((entry) => entry.key === key));
    return;
  }
  return next();
}
