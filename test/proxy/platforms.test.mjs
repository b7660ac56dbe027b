// The same proxy as a Fetch handler (what Workers, Deno and Bun run), as a package export,
// and as the civic-news-proxy command; and kept out of the browser bundle.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { createFeedProxy } from '../../dist/proxy/index.js';
import { FEED, feedServer, get } from './helpers.mjs';

let up;
before(async () => {
  up = await feedServer();
});

const cli = new URL('../../dist/proxy/cli.js', import.meta.url).pathname;
const ask = (handler, feed, init) => handler(new Request(`https://proxy.example.pl/?url=${encodeURIComponent(feed)}`, init));

describe('createFeedProxy with the platform fetch', () => {
  it('passes a feed on with the security and cache headers', async () => {
    const handler = createFeedProxy({ allow: ['127.0.0.1'], allowPrivate: true });
    const res = await ask(handler, `${up.origin}/feed.json?case=fetch`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), FEED);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.match(res.headers.get('cache-control'), /s-maxage=300, stale-while-revalidate=600, stale-if-error=86400/);
  });

  it('refuses address literals and localhost without allowPrivate', async () => {
    const handler = createFeedProxy({ allow: ['127.0.0.1', 'localhost'] });
    assert.equal((await ask(handler, `${up.origin}/feed.json?case=fetch-literal`)).status, 403);
    assert.equal((await ask(handler, `http://localhost:${up.port}/feed.json?case=fetch-literal`)).status, 403);
    assert.equal(up.hits('/feed.json?case=fetch-literal'), 0);
  });

  it('checks each redirect itself', async () => {
    const other = await feedServer();
    const handler = createFeedProxy({ allow: ['127.0.0.1'], allowPrivate: true });
    const res = await ask(handler, `${up.origin}/redirect?to=${encodeURIComponent(`http://localhost:${other.port}/feed.json`)}`);
    assert.equal(res.status, 403);
    assert.equal(other.hits('/feed.json'), 0);
    assert.equal((await ask(handler, `${up.origin}/chain/6`)).status, 502);
  });

  it('cuts an endless body at the byte cap', async () => {
    const handler = createFeedProxy({ allow: ['127.0.0.1'], allowPrivate: true, maxBytes: 100_000 });
    const res = await ask(handler, `${up.origin}/endless`);
    assert.equal(res.status, 502);
    assert.ok(up.state.endless.written < 16 * 1024 * 1024, `${up.state.endless.written} bytes written`);
  });

  it('forwards no client header', async () => {
    const handler = createFeedProxy({ allow: ['127.0.0.1'], allowPrivate: true });
    const res = await ask(handler, `${up.origin}/echo`, { headers: { authorization: 'Bearer x', 'x-custom': 'y' } });
    const received = await res.json();
    assert.equal(received.authorization, undefined);
    assert.equal(received['x-custom'], undefined);
  });
  it("hands a stale answer's background refresh to ctx.waitUntil (Cloudflare Workers)", async () => {
    let clock = 0;
    const handler = createFeedProxy({ allow: ['127.0.0.1'], allowPrivate: true, sMaxAge: 10, staleWhileRevalidate: 60, now: () => clock });
    const waiting = [];
    const ctx = { waitUntil: (p) => waiting.push(p) };
    await ask(handler, `${up.origin}/feed.json?case=waituntil`);
    clock = 20_000;
    const res = await handler(new Request(`https://proxy.example.pl/?url=${encodeURIComponent(`${up.origin}/feed.json?case=waituntil`)}`), {}, ctx);
    assert.equal(res.headers.get('x-proxy-cache'), 'STALE');
    assert.equal(waiting.length, 1);
    await waiting[0];
    assert.equal(up.hits('/feed.json?case=waituntil'), 2);
  });
});

describe('the package', () => {
  it('exports the DNS-checked proxy as civic-news-widgets/proxy on Node, and the Fetch one elsewhere', async () => {
    const onNode = await import('civic-news-widgets/proxy');
    assert.equal(typeof onNode.createFeedProxy, 'function');
    assert.equal(typeof onNode.createNodeServer, 'function', 'the node condition picks node.js');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));
    for (const condition of ['workerd', 'deno', 'bun', 'default']) assert.equal(pkg.exports['./proxy'][condition], './dist/proxy/index.js', condition);
    assert.equal(pkg.bin['civic-news-proxy'], './dist/proxy/cli.js');
  });

  it('keeps the proxy out of the browser bundle and the root entry', () => {
    const bundle = readFileSync(new URL('../../dist/civic-news.min.js', import.meta.url), 'utf8');
    // Markers of the proxy's code (the widgets' console hint may name the command, not its code).
    for (const marker of ['createFeedProxy', 'stale-if-error', 'allowPrivate']) assert.ok(!bundle.includes(marker), `${marker} in dist/civic-news.min.js`);
    const index = readFileSync(new URL('../../dist/index.js', import.meta.url), 'utf8');
    assert.doesNotMatch(index, /proxy\//);
  });

  it('runs as a command: npx civic-news-proxy --allow … --port …', async () => {
    const child = spawn(process.execPath, [
      cli,
      '--allow',
      '127.0.0.1,news.example.pl',
      '--allow-private',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--origin',
      'https://www.example.pl',
    ]);
    try {
      const line = await new Promise((resolve, reject) => {
        child.stdout.once('data', (d) => resolve(String(d)));
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const port = /127\.0\.0\.1:(\d+)/.exec(line)[1];
      const res = await get(`http://127.0.0.1:${port}/?url=${encodeURIComponent(`${up.origin}/feed.rss`)}`, { origin: 'https://www.example.pl' });
      assert.equal(res.status, 200);
      assert.equal(res.headers['access-control-allow-origin'], 'https://www.example.pl');
    } finally {
      child.kill();
    }
  });

  it('refuses to start without --allow', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0']);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(err, /allow/);
  });
});
