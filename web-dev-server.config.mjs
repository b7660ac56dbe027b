import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { demoCsp } from './scripts/csp.mjs';

const FEED_TYPES = { '.rss': 'application/rss+xml', '.rdf': 'application/rdf+xml', '.atom': 'application/atom+xml', '.json': 'application/json' };

// The dev server turns every text file into a UTF-8 string on its way out, which would garble
// the ISO-8859-2 sample feed; the sample feeds are served byte for byte instead.
async function feedBytes(ctx, next) {
  const path = normalize(decodeURIComponent(ctx.path));
  if (!path.startsWith('/demo/feeds/') || !FEED_TYPES[extname(path)]) return next();
  try {
    ctx.body = await readFile(join(process.cwd(), path));
    ctx.type = FEED_TYPES[extname(path)];
  } catch {
    return next();
  }
}

// `npm start`: the demo with the bundled sample feeds on http://localhost:8000/demo/.
// demo/csp.html is served with the strict Content-Security-Policy of README, Security.
export default {
  port: 8000,
  hostname: 'localhost',
  rootDir: '.',
  open: false,
  watch: false,
  nodeResolve: true,
  middleware: [feedBytes, demoCsp],
};
