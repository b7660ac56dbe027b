// The proxy behind a CDN and on its own: Cache-Control, its in-memory cache, revalidation with
// ETag, stale answers, CORS; over real HTTP on 127.0.0.1 with a clock the tests move.
import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { eventually, FEED, feedServer, proxyServer } from './helpers.mjs';

const clock = { now: 1_800_000_000_000 };
const now = () => clock.now;
const later = (seconds) => (clock.now += seconds * 1000);
const times = { maxAge: 60, sMaxAge: 120, staleWhileRevalidate: 30, staleIfError: 3600 };

let up;
before(async () => {
  up = await feedServer();
});

describe('the proxy caches', () => {
  let proxy;
  beforeEach(async () => {
    up.state.failing = false;
    proxy = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, now, ...times });
  });

  it('sends Cache-Control for browsers and CDNs, and answers again from memory', async () => {
    const first = await proxy.get(`${up.origin}/feed.json?case=hit`);
    assert.equal(first.status, 200);
    assert.equal(first.body, FEED);
    assert.equal(first.headers['cache-control'], 'public, max-age=60, s-maxage=120, stale-while-revalidate=30, stale-if-error=3600');
    assert.equal(first.headers['content-type'], 'application/feed+json');
    assert.equal(first.headers.etag, '"v1"');
    assert.equal(first.headers['x-proxy-cache'], 'MISS');
    later(100);
    const second = await proxy.get(`${up.origin}/feed.json?case=hit`);
    assert.equal(second.headers['x-proxy-cache'], 'HIT');
    assert.equal(second.headers.age, '100');
    assert.equal(second.body, FEED);
    assert.equal(up.hits('/feed.json?case=hit'), 1);
  });

  it('revalidates with If-None-Match and If-Modified-Since, and keeps the body on a 304', async () => {
    await proxy.get(`${up.origin}/feed.json?case=revalidate`);
    later(120 + 30 + 1); // past fresh and past stale-while-revalidate: the reader waits for the check
    const res = await proxy.get(`${up.origin}/feed.json?case=revalidate`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-proxy-cache'], 'REVALIDATED');
    assert.equal(res.body, FEED);
    assert.equal(res.headers.age, undefined, 'the copy is fresh again');
    const asked = up.seen.filter((r) => r.path === '/feed.json' && r.headers['if-none-match']);
    assert.equal(asked.at(-1).headers['if-none-match'], '"v1"');
    assert.equal(asked.at(-1).headers['if-modified-since'], 'Tue, 01 Dec 2026 08:00:00 GMT');
    assert.equal(up.hits('/feed.json?case=revalidate'), 2);
    // Fresh again after the 304: the next reader is a hit.
    assert.equal((await proxy.get(`${up.origin}/feed.json?case=revalidate`)).headers['x-proxy-cache'], 'HIT');
  });

  it('keeps revalidating without running out of connections', async () => {
    // Each 304 must hand its connection back: the proxy's pool has 32 sockets, the feed server
    // keeps idle ones open for 5 s, so a leak would stall the 33rd request for 5 s.
    const eager = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, sMaxAge: 0, staleWhileRevalidate: 0 });
    const started = Date.now();
    for (let i = 0; i < 40; i++) assert.equal((await eager.get(`${up.origin}/feed.json?case=pool`)).status, 200);
    assert.ok(Date.now() - started < 4000, `40 revalidations took ${Date.now() - started} ms`);
    assert.equal(up.hits('/feed.json?case=pool'), 40);
  });

  it('serves a stale copy within stale-while-revalidate and refreshes it behind', async () => {
    await proxy.get(`${up.origin}/feed.json?case=swr`);
    later(120 + 10);
    const res = await proxy.get(`${up.origin}/feed.json?case=swr`);
    assert.equal(res.headers['x-proxy-cache'], 'STALE');
    assert.equal(res.body, FEED);
    await eventually(() => up.hits('/feed.json?case=swr') === 2);
    await new Promise((r) => setImmediate(r));
    assert.equal((await proxy.get(`${up.origin}/feed.json?case=swr`)).headers['x-proxy-cache'], 'HIT');
  });

  it('serves the stale copy when the upstream answers 5xx, within stale-if-error only', async () => {
    await proxy.get(`${up.origin}/flaky?case=5xx`);
    up.state.failing = true;
    later(120 + 31);
    const stale = await proxy.get(`${up.origin}/flaky?case=5xx`);
    assert.equal(stale.status, 200);
    assert.equal(stale.headers['x-proxy-cache'], 'STALE-IF-ERROR');
    assert.equal(stale.body, FEED);
    assert.equal(up.hits('/flaky?case=5xx'), 2, 'the upstream was asked');
    later(3600);
    const gone = await proxy.get(`${up.origin}/flaky?case=5xx`);
    assert.equal(gone.status, 502);
    assert.match(gone.body, /answered 503/);
  });

  it('passes an upstream 404 on, and forgets a feed that is gone', async () => {
    const res = await proxy.get(`${up.origin}/missing.json`);
    assert.equal(res.status, 404);
    assert.equal(res.headers['cache-control'], 'no-store');

    await proxy.get(`${up.origin}/flaky?case=gone`);
    up.state.gone = true;
    later(120 + 31);
    try {
      assert.equal((await proxy.get(`${up.origin}/flaky?case=gone`)).status, 404, 'no stale copy of a deleted feed');
    } finally {
      up.state.gone = false;
    }
    assert.equal((await proxy.get(`${up.origin}/flaky?case=gone`)).headers['x-proxy-cache'], 'MISS');
  });

  it('asks the upstream once for many readers arriving together', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => proxy.get(`${up.origin}/slow?ms=150&case=together`)));
    assert.ok(answers.every((a) => a.status === 200 && a.body === FEED));
    assert.equal(up.hits('/slow?ms=150&case=together'), 1);
  });

  it('answers 304 to a reader whose copy matches', async () => {
    await proxy.get(`${up.origin}/feed.json?case=client304`);
    const res = await proxy.get(`${up.origin}/feed.json?case=client304`, { 'if-none-match': 'W/"v1"' });
    assert.equal(res.status, 304);
    assert.equal(res.body, '');
    assert.equal(res.headers.etag, '"v1"');
  });

  it('answers HEAD without a body', async () => {
    const res = await proxy.get(`${up.origin}/feed.json?case=head`, {}, 'HEAD');
    assert.equal(res.status, 200);
    assert.equal(res.body, '');
  });

  it('keeps at most maxEntries feeds, dropping the least recently used', async () => {
    const small = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, now, ...times, cache: { maxEntries: 2 } });
    for (const n of [1, 2, 1, 3]) await small.get(`${up.origin}/feed.json?case=lru${n}`);
    assert.equal((await small.get(`${up.origin}/feed.json?case=lru1`)).headers['x-proxy-cache'], 'HIT');
    assert.equal((await small.get(`${up.origin}/feed.json?case=lru2`)).headers['x-proxy-cache'], 'MISS');
  });

  it('keeps nothing with cache: false', async () => {
    const none = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, now, cache: false });
    await none.get(`${up.origin}/feed.json?case=nocache`);
    assert.equal((await none.get(`${up.origin}/feed.json?case=nocache`)).headers['x-proxy-cache'], 'MISS');
    assert.equal(up.hits('/feed.json?case=nocache'), 2);
  });
});

describe('CORS', () => {
  it('allows every page with * and sends no Vary', async () => {
    const proxy = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true });
    const res = await proxy.get(`${up.origin}/feed.json?case=cors`, { origin: 'https://www.example.pl' });
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers.vary, undefined);
    assert.equal(res.headers['access-control-allow-credentials'], undefined);
    const refused = await proxy.get('https://elsewhere.example.org/', { origin: 'https://www.example.pl' });
    assert.equal(refused.headers['access-control-allow-origin'], '*', 'errors are readable too');
  });

  it('reflects only the allowed page origins, with Vary: Origin', async () => {
    const proxy = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, origins: ['https://www.example.pl', 'https://bip.example.pl'] });
    const allowed = await proxy.get(`${up.origin}/feed.json?case=origins`, { origin: 'https://bip.example.pl' });
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://bip.example.pl');
    assert.equal(allowed.headers.vary, 'Origin');
    const other = await proxy.get(`${up.origin}/feed.json?case=origins`, { origin: 'https://evil.example.org' });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    assert.equal(other.headers.vary, 'Origin');
    assert.equal(other.headers['x-proxy-cache'], 'HIT');
  });

  it('answers a preflight', async () => {
    const proxy = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true });
    const res = await proxy.raw('/?url=x', { origin: 'https://www.example.pl', 'access-control-request-method': 'GET' }, 'OPTIONS');
    assert.equal(res.status, 204);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.match(res.headers['access-control-allow-methods'], /GET/);
    assert.match(res.headers['access-control-allow-headers'], /Accept,/, 'a long Accept header needs a preflight');
  });
});
