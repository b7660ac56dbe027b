// civic-news-widgets/proxy: a feed proxy as a standard Fetch handler, for Node 20+, Deno, Bun
// and Cloudflare Workers. No runtime dependency and no `node:` import. See docs/deploying.md.
//
// Here the upstream is the platform's `fetch`, which resolves host names itself: the proxy can
// refuse local names and address literals, not a public name that resolves to a private
// address. On Node, `civic-news-widgets/proxy` resolves to node.ts, which checks every
// resolved address too.
import { ProxyEngine, type ProxyAnswer } from './engine.js';
import type { FeedProxyOptions, Upstream } from './options.js';

export type { FeedProxyOptions, Upstream, UpstreamResponse } from './options.js';

/** The platform's `fetch`, redirects handed back to the proxy (which checks each hop). */
export const fetchUpstream: Upstream = async (url, { headers, signal }) => {
  const response = await fetch(url, { headers, signal, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: response.body ? chunks(response.body) : null };
};

async function* chunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopped early (byte cap, time cap): the rest of the body is not downloaded.
    reader.cancel().catch(() => {});
  }
}

/** Turns the proxy's answer into a `Response` (no body for HEAD, 204 and 304). */
export function toResponse(method: string, answer: ProxyAnswer): Response {
  const empty = method === 'HEAD' || answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * A feed proxy: `GET /?url=<feed address>` answers with the feed, if its host is allowed.
 *
 * ```js
 * export default { fetch: createFeedProxy({ allow: ['news.example.pl'] }) }; // Cloudflare Workers
 * ```
 */
export function createFeedProxy(options: FeedProxyOptions): FeedProxyHandler {
  const engine = new ProxyEngine(options, options.upstream ?? fetchUpstream);
  return async (request, _env, context) => {
    const waitUntil = typeof context?.waitUntil === 'function' ? (p: Promise<unknown>) => context.waitUntil!(p) : undefined;
    const answer = await engine.handle({ method: request.method, url: request.url, header: (name) => request.headers.get(name), waitUntil });
    return toResponse(request.method, answer);
  };
}

/**
 * A Fetch handler. The optional arguments are Cloudflare Workers' `env` and `ctx`: with
 * `ctx.waitUntil`, a stale answer's background refresh outlives the response.
 */
export type FeedProxyHandler = (request: Request, env?: unknown, context?: { waitUntil?(promise: Promise<unknown>): void }) => Promise<Response>;
