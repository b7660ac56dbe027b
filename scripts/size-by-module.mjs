// What each module weighs in each part of the script-tag build (build/bundle.mjs, SCRIPT_PARTS),
// gzipped, largest first: every module minified on its own, so the sum is above the part's size
// (a part compresses as a whole). `node scripts/size-by-module.mjs [core|xml|article|…]`.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { SCRIPT_PARTS, coreChunk, gzipSize, scriptPlugins, scriptSwaps } from '../build/bundle.mjs';

const only = process.argv[2];
const dir = '/tmp/civic-size-by-module';
const bundle = await rollup({
  input: SCRIPT_PARTS,
  preserveEntrySignatures: 'allow-extension',
  plugins: scriptPlugins({ before: scriptSwaps(), module: true, resolve: {}, terser: false, ts: { outDir: dir } }),
  onwarn: () => {},
});
const { output } = await bundle.generate({ dir, format: 'es', entryFileNames: '[name].min.js', manualChunks: coreChunk() });
for (const chunk of output) {
  if (chunk.type !== 'chunk' || (only && !chunk.fileName.includes(only))) continue;
  console.log(`## ${chunk.fileName}`);
  const rows = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    const min = await minify(module.code, { module: true, compress: false });
    rows.push([gzipSize(min.code || ''), id.replace(process.cwd(), '')]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const [bytes, id] of rows) console.log(bytes, id);
}
