#!/usr/bin/env node
// civic-news-proxy: the feed proxy as a command.
//   npx civic-news-proxy --allow news.example.pl,um.example.pl --port 8787
import { parseArgs } from 'node:util';
import { createNodeServer } from './node.js';

const usage = `Usage: civic-news-proxy --allow host[,host…] [options]

  --allow h1,h2         feed hosts the proxy may fetch from (required; *.example.pl for subdomains)
  --port N              port to listen on (default 8787, or $PORT)
  --host ADDR           address to listen on (default: all; 127.0.0.1 behind nginx)
  --origin o1,o2        page origins allowed to read answers (default *)
  --allow-private       allow loopback and private addresses (local development only)
  --max-age S           browser cache seconds (default 300)
  --s-maxage S          CDN and in-memory cache seconds (default 300)
  --stale-while-revalidate S   (default 600)
  --stale-if-error S    (default 86400)
  --max-bytes N         largest feed in bytes (default 5242880)
  --timeout MS          time cap for one feed request (default 10000)
  --no-cache            no in-memory cache (a CDN in front caches)
  --help
`;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const number = (value: string | undefined, name: string) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new TypeError(`--${name} wants a whole number, got "${value}"`);
  return n;
};

try {
  const { values } = parseArgs({
    options: {
      allow: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'allow-private': { type: 'boolean' },
      'max-age': { type: 'string' },
      's-maxage': { type: 'string' },
      'stale-while-revalidate': { type: 'string' },
      'stale-if-error': { type: 'string' },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const origins = (values.origin ?? []).flatMap(list);
  const server = createNodeServer({
    allow: (values.allow ?? []).flatMap(list),
    allowPrivate: values['allow-private'] === true,
    origins: origins.length === 0 || origins.includes('*') ? '*' : origins,
    maxAge: number(values['max-age'], 'max-age'),
    sMaxAge: number(values['s-maxage'], 's-maxage'),
    staleWhileRevalidate: number(values['stale-while-revalidate'], 'stale-while-revalidate'),
    staleIfError: number(values['stale-if-error'], 'stale-if-error'),
    maxBytes: number(values['max-bytes'], 'max-bytes'),
    timeout: number(values.timeout, 'timeout'),
    cache: values['no-cache'] ? false : undefined,
  });
  const port = number(values.port ?? process.env.PORT ?? '8787', 'port');
  server.listen(port, values.host, () => {
    const address = server.address();
    const where = typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
    console.log(`civic-news-proxy listening on ${where}; use proxy="http(s)://<this server>/?url={url}"`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  console.error(`civic-news-proxy: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
