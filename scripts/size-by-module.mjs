// What each module weighs in the script-tag bundle, gzipped, largest first: every module of the
// build (build/bundle.mjs) minified on its own; modules that load only when needed are marked.
import { minify } from 'terser';
import { buildInMemory, gzipSize } from '../build/bundle.mjs';

const chunks = await buildInMemory('src/all.ts', { format: 'es', terser: false, ts: { outDir: '/tmp/civic-size-by-module' } });
const rows = [];
for (const chunk of chunks) {
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const min = await minify(m.code, { module: true, compress: false });
    rows.push([gzipSize(min.code || ''), `${id.replace(process.cwd(), '')}${chunk.isDynamicEntry ? ' (lazy)' : ''}`]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
for (const [bytes, id] of rows) console.log(bytes, id);
