// The proxy on Node: `civic-news-widgets/proxy` under Node, and `civic-news-widgets/proxy/node`.
// Upstream requests go through node:http/https with a `lookup` that checks every address a
// name resolves to, and the connection is made to that checked address: a name that resolves
// to a private address is refused, and DNS rebinding cannot swap the address between the check
// and the connection (there is only one resolution).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent as HttpAgent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isSpecialAddress } from './address.js';
import { ProxyEngine, type ProxyAnswer } from './engine.js';
import { toResponse, type FeedProxyHandler } from './index.js';
import { privateAllowed, type FeedProxyOptions, type Upstream } from './options.js';

export { fetchUpstream, toResponse, type FeedProxyHandler } from './index.js';
export type { FeedProxyOptions, Upstream, UpstreamResponse } from './options.js';

export interface NodeFeedProxyOptions extends FeedProxyOptions {
  /** The resolver, with `dns.lookup`'s signature (tests, or a resolver of your own). */
  lookup?: LookupFunction;
}

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Wraps a resolver so that every address it returns for a name is checked first. */
export function checkedLookup(base: LookupFunction, allowPrivate: FeedProxyOptions['allowPrivate']): LookupFunction {
  const lookup = ((hostname: string, options: { all?: boolean }, callback: Callback) => {
    (base as unknown as (h: string, o: object, cb: (e: NodeJS.ErrnoException | null, a: LookupAddress[] | string, f?: number) => void) => void)(
      hostname,
      { ...options, all: true },
      (error, found, family) => {
        if (error) return callback(error, '');
        const addresses: LookupAddress[] = Array.isArray(found) ? found : [{ address: found, family: family ?? 4 }];
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
        if (!privateAllowed(allowPrivate ?? false, hostname)) {
          const bad = addresses.find((a) => isSpecialAddress(a.address));
          if (bad) return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }), '');
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
    );
  }) as unknown as LookupFunction;
  return lookup;
}

/** node:http(s) as the proxy's upstream, resolving through a checked lookup. */
export function nodeUpstream(options: Pick<NodeFeedProxyOptions, 'allowPrivate' | 'lookup'> = {}): Upstream {
  const lookup = checkedLookup(options.lookup ?? (dnsLookup as unknown as LookupFunction), options.allowPrivate);
  // Own agents: a kept-alive socket is only ever one this proxy's lookup approved.
  const agents = { 'http:': new HttpAgent({ keepAlive: true, maxSockets: 32 }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: 32 }) };
  return (url, { headers, signal }) =>
    new Promise((resolve, reject) => {
      const https = url.protocol === 'https:';
      const request = (https ? httpsRequest : httpRequest)({
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || (https ? 443 : 80),
        path: url.pathname + url.search,
        method: 'GET',
        headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' },
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup,
        signal,
      });
      request.once('error', reject);
      request.once('response', (response: IncomingMessage) => {
        const get = (name: string) => {
          const value = response.headers[name];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        };
        try {
          resolve({ status: response.statusCode ?? 502, headers: { get }, body: decoded(response, get('content-encoding')) });
        } catch (error) {
          response.destroy();
          reject(error);
        }
      });
      request.end();
    });
}

/** The body without its transfer compression; the byte cap counts what comes out. */
function decoded(response: IncomingMessage, encoding: string | null): AsyncIterable<Uint8Array> {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return response;
  const decoder =
    name === 'gzip' || name === 'x-gzip' ? createGunzip() : name === 'deflate' ? createInflate() : name === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder) throw new Error(`unknown content encoding ${name}`);
  pipeline(response, decoder, () => {});
  return decoder;
}

/** The Fetch handler with the DNS-checked Node upstream. */
export function createFeedProxy(options: NodeFeedProxyOptions): FeedProxyHandler {
  const engine = new ProxyEngine(options, options.upstream ?? nodeUpstream(options));
  return async (request: Request) =>
    toResponse(request.method, await engine.handle({ method: request.method, url: request.url, header: (name) => request.headers.get(name) }));
}

/** A `node:http` request listener: no Fetch objects on the way, so cache hits stay cheap. */
export function createNodeHandler(options: NodeFeedProxyOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const engine = new ProxyEngine(options, options.upstream ?? nodeUpstream(options));
  return (req, res) => {
    const method = req.method ?? 'GET';
    // rawHeaders, not req.headers: Node builds that object on first use, a cost a hit can skip.
    const raw = req.rawHeaders;
    const header = (name: string) => {
      const found: string[] = [];
      for (let i = 0; i < raw.length; i += 2) if (raw[i].length === name.length && raw[i].toLowerCase() === name) found.push(raw[i + 1]);
      return found.length ? found.join(', ') : null;
    };
    const write = (answer: ProxyAnswer) => {
      const empty = method === 'HEAD' || answer.status === 204 || answer.status === 304;
      if (answer.body !== null && !empty)
        answer.headers['content-length'] = String(typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.byteLength);
      res.writeHead(answer.status, answer.headers);
      res.end(empty ? undefined : answer.body);
    };
    const request = { method, url: req.url ?? '/', header };
    // handle() never throws; these catch a failed write, so that one bad answer can never
    // become an uncaught exception or rejection that stops the whole server.
    const hit = engine.fresh(request);
    if (hit) {
      try {
        write(hit);
      } catch {
        res.destroy();
      }
      return;
    }
    engine
      .handle(request)
      .then(write)
      .catch(() => res.destroy());
  };
}

/** A `node:http` server running the proxy; call `.listen(port)`. */
export function createNodeServer(options: NodeFeedProxyOptions): Server {
  const server = createServer(createNodeHandler(options));
  // Slow clients must not hold sockets open for long (slowloris).
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  return server;
}
