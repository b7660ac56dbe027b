// `npm run eval:related`: precision@3 of <civic-related-articles> on the labelled set in
// test/fixtures/related/eval.json, with the element's own reader and scoring modules (bundled
// for Node by esbuild, which comes with @web/dev-server-esbuild), then how scoring time grows
// from 100 to 5,000 articles. `--no-timing` skips the timing.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './setup.mjs';

const bundle = await build({
  stdin: { contents: "export * from './test/related/evaluate.ts'; export * from './test/related/scale.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const m = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const set = m.labelled(JSON.parse(readFileSync(join(root, 'test/fixtures/related/eval.json'), 'utf8')));
const bare = m.withoutTags(set);
const f = (n) => n.toFixed(3);
const count = (lang) => set.articles.filter((a) => (a.language === 'en') === (lang === 'en')).length;

console.log(`Labelled set: ${set.articles.length} articles (${count('pl')} Polish, ${count('en')} English), ${new Set(set.topics.values()).size} topics.`);
console.log('precision@3 = share of the 3 shown articles on the same topic, averaged over every article.\n');

function table(title, methods, sets) {
  console.log(title);
  console.log(`| method | ${sets.map(([name]) => `${name}: all (pl / en)`).join(' | ')} | fallback share |`);
  console.log(`|---|${sets.map(() => '---|').join('')}---|`);
  for (const method of methods) {
    const cells = sets.map(([, s]) => m.precisionAt3(s, method));
    console.log(
      `| ${method.name} | ${cells.map((p) => `**${f(p.all)}** (${f(p.pl)} / ${f(p.en)})`).join(' | ')} | ${cells.map((p) => f(p.fallback)).join(' / ')} |`,
    );
  }
  console.log('');
}

const both = [
  ['with tags', set],
  ['tags removed', bare],
];
table('Methods (limit 3, fallback auto):', m.METHODS, both);
table('Each step of the full method, changed one at a time:', m.ABLATIONS, both);
table('Text similarity alone (no tags, threshold or fallback):', m.TEXT_RANKERS, [['tags removed', bare]]);

if (!process.argv.includes('--no-timing')) {
  console.log('Scoring time (Node, CPU time; the index is built once per feed, then each block asks once):');
  console.log('| articles | body chars (mean) | build index (ms) | related for one article (ms) |');
  console.log('|---:|---:|---:|---:|');
  for (const t of m.timeScoring(set.articles, [100, 500, 1000, 2000, 5000])) {
    console.log(`| ${t.articles} | ${t.bodyChars} | ${t.build.toFixed(1)} | ${t.query.toFixed(2)} |`);
  }
}
