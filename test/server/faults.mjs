// A feed server that misbehaves on purpose (issue 12), under /__test/fault/<kind>?key=…:
// - flaky?fails=&status=&retryAfter=: the first `fails` requests of `key` get `status` (with a
//   Retry-After header of `retryAfter` seconds when given), the others the fixture feed.json.
// - after?ok=&status=: the first `ok` requests of `key` get feed.json, all later ones `status`.
// - etag?version=: feed.json with an ETag (per version) and `Cache-Control: no-cache`; a request
//   whose If-None-Match matches gets a 304, counted as hits of `<key>:304`.
// - reset?fails=: headers and half the body of feed.json, then the connection is destroyed (for
//   the first `fails` requests of `key` when given, then feed.json).
// - loop: a redirect to itself. chain?n=: n redirects, then feed.json.
// - huge?mb=: an RSS body of `mb` megabytes, streamed from one reused buffer (nothing of that
//   size is allocated); the bytes actually sent are counted as hits of `<key>:sent`.
// - bomb?mb=: a gzip bomb: `mb` megabytes of an RSS start and spaces, compressed (made once).
// - slow?delay=: feed.json after `delay` ms.
// /__test/times/<key>: the times (ms since the epoch) of the key's requests (any /__test/ route
// with `key=`), as a JSON array.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const feed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'feed.json'));
const times = new Map();
const counts = new Map();
const bombs = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const count = (key, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

/** How many hits the key had here (the `hits` helper asks routes.mjs, which asks this). */
export const faultHits = (key) => counts.get(key);

function good(ctx) {
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = feed;
}

/** Serves /__test/fault/<kind> and /__test/times/<key>; returns false for other paths. */
export async function faults(ctx, url) {
  const [, route, kind] = url.pathname.split('/').slice(1);
  if (route === 'times') {
    ctx.body = times.get(decodeURIComponent(kind)) ?? [];
    return true;
  }
  const q = url.searchParams;
  const key = q.get('key') ?? '';
  if (key) times.set(key, [...(times.get(key) ?? []), Date.now()]);
  if (route !== 'fault') return false;
  const n = count(key).get(key);
  if (kind === 'flaky') {
    if (n > Number(q.get('fails') ?? 0)) return (good(ctx), true);
    ctx.status = Number(q.get('status') ?? 503);
    if (q.has('retryAfter')) ctx.set('Retry-After', q.get('retryAfter'));
    ctx.body = 'unwell';
  } else if (kind === 'after') {
    if (n <= Number(q.get('ok') ?? 1)) return (good(ctx), true);
    ctx.status = Number(q.get('status') ?? 500);
    ctx.body = 'failing';
  } else if (kind === 'etag') {
    const tag = `"v${q.get('version') ?? 1}"`;
    ctx.set('ETag', tag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === tag) {
      count(`${key}:304`);
      ctx.status = 304;
      return true;
    }
    ctx.type = 'application/json';
    ctx.body = feed;
  } else if (kind === 'slow') {
    await sleep(Number(q.get('delay') ?? 1000));
    good(ctx);
  } else if (kind === 'reset') {
    if (q.has('fails') && n > Number(q.get('fails'))) return (good(ctx), true);
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(feed.length), 'Cache-Control': 'no-store' });
    res.write(feed.subarray(0, feed.length >> 1));
    setTimeout(() => res.socket?.destroy(), 50);
  } else if (kind === 'loop' || kind === 'chain') {
    const left = Number(q.get('n') ?? 0);
    if (kind === 'chain' && left <= 0) return (good(ctx), true);
    q.set('n', String(left - 1));
    ctx.status = 302;
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(`${url.pathname}?${q}`);
  } else if (kind === 'huge') {
    const total = Number(q.get('mb') ?? 100) * 2 ** 20;
    const chunk = Buffer.from('<item><title>Ogłoszenie</title><link>https://example.org/a</link><description>' + 'x'.repeat(65_000) + '</description></item>');
    let sent = 0;
    ctx.type = 'application/rss+xml';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = Readable.from(
      (function* () {
        yield Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
        while (sent < total) {
          sent += chunk.length;
          count(`${key}:sent`, chunk.length);
          yield chunk;
        }
        yield Buffer.from('</channel></rss>');
      })(),
    );
  } else if (kind === 'bomb') {
    const mb = Number(q.get('mb') ?? 64);
    if (!bombs.has(mb)) {
      const text = Buffer.alloc(mb * 2 ** 20, ' ');
      text.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
      bombs.set(mb, gzipSync(text, { level: 9 }));
    }
    ctx.set('Content-Encoding', 'gzip');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/rss+xml';
    ctx.body = bombs.get(mb);
  } else {
    ctx.status = 404;
    ctx.body = 'no such fault';
  }
  return true;
}
