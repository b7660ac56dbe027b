import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import zlib from 'node:zlib';
const b = await rollup({ input: 'src/all.ts', plugins: [nodeResolve({browser:true}), typescript({tsconfig:'tsconfig.json', outDir:'/tmp/an', declaration:false})] });
const { output } = await b.generate({ format: 'es', dir: '/tmp/an' });
const rows = [];
// Every chunk: the sanitizer is split off (loaded only for an article body) and marked so.
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  for (const [id, m] of Object.entries(chunk.modules)) { if (!m.code) continue; const min = await minify(m.code, {module:true, compress:false}); rows.push([zlib.gzipSync(min.code||'',{level:9}).length, `${id.replace(process.cwd(),'')}${chunk.isDynamicEntry ? ' (lazy)' : ''}`]); }
}
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows) console.log(r[0], r[1]);
