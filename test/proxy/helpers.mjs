// Real servers on 127.0.0.1 for the proxy's tests: a feed server with chosen behaviours, the
// proxy itself through its Node adapter, and a plain HTTP client (no Fetch niceties in the way).
import { request } from 'node:http';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { after } from 'node:test';
import { createNodeServer } from '../../dist/proxy/node.js';

export const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Aktualności',
  items: [{ id: '1', url: 'https://news.example.pl/1', title: 'Jedna', content_text: 'x' }],
});
export const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Jedna</title><link>https://news.example.pl/1</link></item></channel></rss>';

const servers = [];
after(() =>
  Promise.all(
    servers.map(
      (server) =>
        new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
    ),
  ),
);

/** Listens on 127.0.0.1 with a free port, closed after the file's tests. */
function listen(server) {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/**
 * A feed server. Routes:
 * /feed.json (ETag "v1", Last-Modified, answers 304 to If-None-Match), /feed.rss, /page.html,
 * /xhtml, /untyped, /echo (the request's headers as JSON, and a Set-Cookie), /redirect?to=URL,
 * /chain/N (N redirects, then the feed), /endless (streams until the client goes),
 * /declared-big (Content-Length over any cap), /stall (headers, a first chunk, then nothing),
 * /silent (never answers), /gzip (the feed gzipped), /bomb (gzip of many zeros),
 * /flaky (200, or 503 when `state.failing` is set, 404 when `state.gone` is), /slow?ms= (the feed after a delay).
 */
export async function feedServer() {
  const seen = [];
  const hits = new Map();
  const state = { failing: false, gone: false, endless: { written: 0, closedEarly: false, done: false } };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    seen.push({ path: url.pathname, headers: req.headers });
    hits.set(req.url, (hits.get(req.url) ?? 0) + 1);
    const feed = (type = 'application/feed+json', body = FEED) => {
      res.writeHead(200, { 'content-type': type, etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 08:00:00 GMT' });
      res.end(body);
    };
    switch (url.pathname) {
      case '/feed.json':
      case '/flaky':
        if (url.pathname === '/flaky' && state.gone) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          return res.end('gone');
        }
        if (url.pathname === '/flaky' && state.failing) {
          res.writeHead(503, { 'content-type': 'text/plain' });
          return res.end('down');
        }
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          return res.end();
        }
        return feed();
      case '/feed.rss':
        return feed('application/rss+xml; charset=utf-8', RSS);
      case '/page.html':
        return feed('text/html; charset=utf-8', '<!doctype html><script>alert(1)</script>');
      case '/xhtml':
        return feed('application/xhtml+xml', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>');
      case '/untyped':
        res.writeHead(200);
        return res.end(FEED);
      case '/echo':
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'session=upstream; Path=/' });
        return res.end(JSON.stringify(req.headers));
      case '/redirect':
        res.writeHead(302, { location: url.searchParams.get('to') });
        return res.end('moved');
      case '/slow':
        return setTimeout(() => feed(), Number(url.searchParams.get('ms') ?? 100));
      case '/gzip':
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return res.end(gzipSync(FEED));
      case '/bomb':
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return res.end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 32)));
      case '/declared-big':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1024 * 1024 * 1024) });
        return res.write('{');
      case '/endless': {
        // 64 MB in 64 KB chunks, written as fast as the client reads: a proxy that does not
        // stop reading would take it all.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 32);
        const e = state.endless;
        res.on('close', () => {
          e.closedEarly = !res.writableFinished;
          e.done = true;
        });
        const pump = () => {
          while (e.written < 64 * 1024 * 1024) {
            e.written += chunk.length;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/stall':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.write('{"items": [');
      case '/silent':
        return;
      default: {
        const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
        if (chain) {
          const n = Number(chain[1]);
          res.writeHead(n > 0 ? 301 : 200, n > 0 ? { location: `/chain/${n - 1}` } : { 'content-type': 'application/json' });
          return res.end(n > 0 ? '' : FEED);
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('no');
      }
    }
  });
  const port = await listen(server);
  return { port, origin: `http://127.0.0.1:${port}`, seen /** Requests seen for a path with its query. */, hits: (path) => hits.get(path) ?? 0, state };
}

/** The proxy through its node:http adapter; `get(feedUrl)` asks it for a feed. */
export async function proxyServer(options) {
  const port = await listen(createNodeServer(options));
  return {
    port,
    get: (feed, headers = {}, method = 'GET') => get(`http://127.0.0.1:${port}/?url=${encodeURIComponent(feed)}`, headers, method),
    raw: (path, headers = {}, method = 'GET') => get(`http://127.0.0.1:${port}${path}`, headers, method),
  };
}

/** One request with exactly these headers; resolves with status, headers, body text and the time it took. */
export function get(url, headers = {}, method = 'GET') {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A resolver that maps every name to 127.0.0.1, as a public name rebound to loopback would. */
export function toLoopback(hostname, options, callback) {
  const all = [{ address: '127.0.0.1', family: 4 }];
  if (options?.all) callback(null, all);
  else callback(null, all[0].address, 4);
}

/** Waits for a condition, checking every 10 ms, for at most 3 s. */
export async function eventually(check) {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met within 3 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
