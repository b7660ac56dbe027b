// Every refusal of the feed proxy, over real HTTP on 127.0.0.1 (issue 9, item 3).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isSpecialAddress } from '../../dist/proxy/address.js';
import { feedServer, proxyServer, toLoopback } from './helpers.mjs';

const SECURE = (res) => {
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['content-security-policy'], "default-src 'none'; sandbox");
};

describe('the feed proxy refuses', () => {
  let up;
  let open; // allowlists 127.0.0.1 and may reach loopback: only the policy under test refuses
  before(async () => {
    up = await feedServer();
    open = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, timeout: 2000 });
  });

  it('a request without ?url=', async () => {
    const res = await open.raw('/');
    assert.equal(res.status, 400);
    SECURE(res);
  });

  it('schemes other than http and https, before any request goes out', async () => {
    for (const feed of [
      'file:///etc/passwd',
      `ftp://127.0.0.1:${up.port}/feed.json?case=scheme`,
      'javascript:alert(1)',
      'data:application/json,{}',
      `ws://127.0.0.1:${up.port}/feed.json?case=scheme`,
    ]) {
      const res = await open.get(feed);
      assert.equal(res.status, 400, feed);
      assert.match(res.body, /only http and https/);
    }
    assert.equal(up.hits('/feed.json?case=scheme'), 0);
  });

  it('credentials in the feed address', async () => {
    const res = await open.get(`http://user:secret@127.0.0.1:${up.port}/feed.json`);
    assert.equal(res.status, 400);
  });

  it('a host that is not on the allowlist, without contacting it', async () => {
    const proxy = await proxyServer({ allow: ['news.example.pl'], allowPrivate: true, lookup: toLoopback });
    const res = await proxy.get(`http://other.example.pl:${up.port}/feed.json?case=allowlist`);
    assert.equal(res.status, 403);
    assert.match(res.body, /not on the allowlist/);
    SECURE(res);
    // A look-alike name is not a subdomain.
    assert.equal((await proxy.get(`http://evilnews.example.pl:${up.port}/feed.json?case=allowlist`)).status, 403);
    assert.equal(up.hits('/feed.json?case=allowlist'), 0);
  });

  it('allows subdomains only through a *. entry', async () => {
    const proxy = await proxyServer({ allow: ['*.example.pl'], allowPrivate: true, lookup: toLoopback });
    assert.equal((await proxy.get(`http://news.example.pl:${up.port}/feed.json`)).status, 200);
    assert.equal((await proxy.get(`http://example.pl.evil.test:${up.port}/feed.json`)).status, 403);
  });

  it('a name that resolves to 127.0.0.1, unless allowPrivate is set', async () => {
    const before = up.hits('/feed.rss');
    const strict = await proxyServer({ allow: ['news.example.pl'], lookup: toLoopback });
    const refused = await strict.get(`http://news.example.pl:${up.port}/feed.rss`);
    assert.equal(refused.status, 403);
    assert.match(refused.body, /private address/);
    assert.equal(up.hits('/feed.rss'), before, 'no connection was made');

    const dev = await proxyServer({ allow: ['news.example.pl'], allowPrivate: true, lookup: toLoopback });
    assert.equal((await dev.get(`http://news.example.pl:${up.port}/feed.rss`)).status, 200);
    const intranet = await proxyServer({ allow: ['news.example.pl', 'cms.example.pl'], allowPrivate: ['cms.example.pl'], lookup: toLoopback });
    assert.equal((await intranet.get(`http://cms.example.pl:${up.port}/feed.rss`)).status, 200);
    assert.equal((await intranet.get(`http://news.example.pl:${up.port}/feed.rss`)).status, 403);
  });

  it('localhost and its subdomains', async () => {
    const strict = await proxyServer({ allow: ['localhost', 'feed.localhost'] });
    assert.equal((await strict.get(`http://feed.localhost:${up.port}/feed.json?case=localhost`)).status, 403);
    const res = await strict.get(`http://localhost:${up.port}/feed.json?case=localhost`);
    assert.equal(res.status, 403);
    assert.equal(up.hits('/feed.json?case=localhost'), 0);
  });

  it('loopback, private, link-local and metadata address literals', async () => {
    const hosts = [
      '127.0.0.1',
      '[::1]',
      '169.254.169.254',
      '10.0.0.1',
      '192.168.1.1',
      '172.16.0.1',
      '0.0.0.0',
      '[::ffff:127.0.0.1]',
      '[fd00:ec2::254]',
      '0x7f.1',
      '2130706433',
    ];
    const strict = await proxyServer({ allow: [...hosts, '[::ffff:7f00:1]', '127.0.0.1'] });
    for (const host of hosts) {
      const res = await strict.get(`http://${host}:${up.port}/feed.json?case=literal`);
      assert.equal(res.status, 403, host);
    }
    assert.equal(up.hits('/feed.json?case=literal'), 0);
  });

  it('a redirect to a host off the allowlist, without following it', async () => {
    const other = await feedServer();
    const res = await open.get(`${up.origin}/redirect?to=${encodeURIComponent(`http://localhost:${other.port}/feed.json`)}`);
    assert.equal(res.status, 403);
    assert.match(res.body, /localhost is not on the allowlist/);
    assert.equal(other.hits('/feed.json'), 0);
  });

  it('a redirect to a private address, by name or by literal', async () => {
    const proxy = await proxyServer({ allow: ['news.example.pl', 'evil.example.pl', '127.0.0.1'], allowPrivate: ['news.example.pl'], lookup: toLoopback });
    const byName = await proxy.get(`http://news.example.pl:${up.port}/redirect?to=${encodeURIComponent(`http://evil.example.pl:${up.port}/flaky`)}`);
    assert.equal(byName.status, 403);
    const byLiteral = await proxy.get(`http://news.example.pl:${up.port}/redirect?to=${encodeURIComponent(`http://127.0.0.1:${up.port}/flaky`)}`);
    assert.equal(byLiteral.status, 403);
    const toScheme = await proxy.get(`http://news.example.pl:${up.port}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`);
    assert.equal(toScheme.status, 400);
    assert.equal(up.hits('/flaky'), 0);
  });

  it('more than 5 redirects (and follows 5)', async () => {
    assert.equal((await open.get(`${up.origin}/chain/5`)).status, 200);
    const res = await open.get(`${up.origin}/chain/6`);
    assert.equal(res.status, 502);
    assert.match(res.body, /more than 5 redirects/);
    assert.equal(up.hits('/chain/0'), 1, 'the sixth hop was never requested');
  });

  it('HTML, XHTML and untyped answers', async () => {
    for (const path of ['/page.html', '/xhtml', '/untyped']) {
      const res = await open.get(`${up.origin}${path}`);
      assert.equal(res.status, 502, path);
      assert.match(res.body, /not a feed/);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      assert.doesNotMatch(res.body, /<script>/);
    }
  });

  it('a body over the byte cap, cutting the transfer early', async () => {
    const capped = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, maxBytes: 100_000 });
    const res = await capped.get(`${up.origin}/endless`);
    assert.equal(res.status, 502);
    assert.match(res.body, /larger than 100000 bytes/);
    const e = up.state.endless;
    await new Promise((r) => setTimeout(r, 50)); // let the upstream see its socket close
    assert.ok(e.done && e.closedEarly, 'the upstream response was cut, not finished');
    assert.ok(e.written < 16 * 1024 * 1024, `stopped early (${e.written} bytes written of 64 MB)`);
  });

  it('a declared Content-Length over the cap, and a gzip bomb counted after decompression', async () => {
    const capped = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, maxBytes: 100_000 });
    const declared = await capped.get(`${up.origin}/declared-big`);
    assert.equal(declared.status, 502);
    const bomb = await capped.get(`${up.origin}/bomb`);
    assert.equal(bomb.status, 502);
    assert.match(bomb.body, /larger than/);
    const gzip = await capped.get(`${up.origin}/gzip`);
    assert.equal(gzip.status, 200, 'a small gzipped feed is decoded and passed on');
    assert.equal(JSON.parse(gzip.body).title, 'Aktualności');
  });

  it('a slow upstream past the time cap, body or headers', async () => {
    const quick = await proxyServer({ allow: ['127.0.0.1'], allowPrivate: true, timeout: 300 });
    for (const path of ['/stall', '/silent']) {
      const res = await quick.get(`${up.origin}${path}`);
      assert.equal(res.status, 504, path);
      assert.ok(res.ms < 2000, `${path} answered in ${res.ms} ms`);
    }
  });

  it('to forward cookies, authorization or any client header, and passes no Set-Cookie back', async () => {
    const res = await open.get(`${up.origin}/echo`, {
      cookie: 'session=city-secret',
      authorization: 'Bearer city-token',
      'proxy-authorization': 'Basic eA==',
      'x-forwarded-for': '10.1.2.3',
      referer: 'https://www.example.pl/admin',
      'user-agent': 'reader-browser',
      'x-custom': 'yes',
      'if-none-match': '"client"',
    });
    assert.equal(res.status, 200);
    const received = JSON.parse(res.body);
    for (const name of ['cookie', 'authorization', 'proxy-authorization', 'x-forwarded-for', 'referer', 'x-custom', 'if-none-match', 'origin']) {
      assert.equal(received[name], undefined, name);
    }
    assert.match(received['user-agent'], /civic-news-proxy/);
    assert.equal(res.headers['set-cookie'], undefined);
    SECURE(res);
  });

  it('methods other than GET, HEAD and OPTIONS', async () => {
    const res = await open.get(`${up.origin}/feed.rss`, {}, 'POST');
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD, OPTIONS');
  });

  it('to start without an allowlist, or with "*"', async () => {
    await assert.rejects(async () => proxyServer({ allow: [] }), /allow/);
    await assert.rejects(async () => proxyServer({ allow: ['*'] }), /allow/);
    await assert.rejects(async () => proxyServer({ allow: ['https://news.example.pl/'] }), /allow/);
  });
});

describe('isSpecialAddress', () => {
  it('knows the special ranges, in IPv4 and IPv6', () => {
    for (const ip of [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      'fe80::1',
      'fd00:ec2::254',
      'fc00::1',
      'ff02::1',
      '64:ff9b::a9fe:a9fe',
      '2002:7f00:1::1',
      '2001:db8::1',
      'not-an-ip',
    ]) {
      assert.equal(isSpecialAddress(ip), true, ip);
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2a00:1450:4001:80b::200e', '::ffff:93.184.216.34', '2606:4700::6810:84e5']) {
      assert.equal(isSpecialAddress(ip), false, ip);
    }
  });
});
