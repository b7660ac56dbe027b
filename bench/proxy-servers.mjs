// Servers for `npm run bench:proxy`, in a child process so the load generator does not share
// their event loop. Role `upstream`: the publisher's feed (ETag, 304 to If-None-Match).
// Role `front`: a bare node:http server answering the same bytes (and one sending the proxy's
// headers too), the proxy with a warm cache, and the proxy with s-maxage=0 (every request
// revalidates upstream).
import { createServer } from 'node:http';
import { createNodeServer } from '../dist/proxy/node.js';

const role = process.argv[2];
let upstreamRequests = 0;

/** A feed of 20 items, about 20 KB, the size of a city's news feed. */
export function feedBytes() {
  const items = Array.from({ length: 20 }, (_, i) => ({
    id: `https://news.example.pl/${i}`,
    url: `https://news.example.pl/${i}`,
    title: `Aktualność numer ${i}: zmiany w organizacji ruchu i nowe godziny urzędu`,
    summary: 'Od poniedziałku urząd pracuje dłużej. '.repeat(6),
    content_html: `<p>${'Treść artykułu o sprawach miasta. '.repeat(20)}</p>`,
    date_published: new Date(Date.UTC(2026, 10, 30 - i, 8)).toISOString(),
    tags: ['urząd', 'komunikacja'],
  }));
  return Buffer.from(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Aktualności', items }));
}

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const body = feedBytes();

if (role === 'upstream') {
  const port = await listen(
    createServer((req, res) => {
      upstreamRequests++;
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/feed+json', 'content-length': body.length, etag: '"v1"' });
      res.end(body);
    }),
  );
  process.send({ port });
  process.on('message', (m) => m === 'count' && process.send({ upstreamRequests }));
} else {
  const upstream = Number(process.argv[3]);
  const bare = await listen(
    createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/feed+json', 'content-length': body.length });
      res.end(body);
    }),
  );
  // The same answer with the proxy's headers too: what writing those headers costs by itself.
  const headers = {
    'content-type': 'application/feed+json',
    'cache-control': 'public, max-age=300, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'cross-origin',
    etag: '"v1"',
    'access-control-allow-origin': '*',
    'x-proxy-cache': 'HIT',
    'content-length': String(body.length),
  };
  const bareHeaders = await listen(
    createServer((_req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    }),
  );
  const options = { allow: ['127.0.0.1'], allowPrivate: true };
  const hit = await listen(createNodeServer(options));
  const revalidate = await listen(createNodeServer({ ...options, sMaxAge: 0, staleWhileRevalidate: 0 }));
  process.send({ bare, bareHeaders, hit, revalidate, upstream });
  process.on('message', (m) => m === 'count' && process.send({ cpuMicros: process.cpuUsage().user + process.cpuUsage().system }));
}
