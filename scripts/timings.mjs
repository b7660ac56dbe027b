// `node scripts/timings.mjs`: after a whole `npm test`, writes test/timings.json, each browser
// test file's seconds per engine, from node_modules/.cache/civic-file-times.json (which `npm test`
// writes). `npm test` deals the files into shards by these times, and runs the longest shards
// first, so that the two lanes end together. A file missing from it counts as 5 s; refresh it
// when files are added or get much slower.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './setup.mjs';

const times = JSON.parse(readFileSync(join(root, 'node_modules', '.cache', 'civic-file-times.json'), 'utf8'));
const out = {};
// A file's time in the lanes: its main-thread measurements, run apart, count only for a file
// that has nothing else (those are not dealt into shards).
const alone = (name) => name.includes('main-thread');
for (const { ms, name } of [...times.filter((t) => !alone(t.name)), ...times.filter((t) => alone(t.name))]) {
  const [label, file] = name.split(': ');
  // "webkit (2/3)", "webkit, main-thread measurements" → webkit; the Lit production run keeps its name.
  const engine = label.includes('Lit production') ? 'chromium, Lit production build' : label.split(/[ ,]/)[0];
  (out[engine] ??= {})[file] ??= Math.max(1, Math.round(ms / 1000));
}
for (const engine of Object.keys(out)) out[engine] = Object.fromEntries(Object.entries(out[engine]).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'test', 'timings.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `test/timings.json: ${Object.entries(out)
    .map(([engine, files]) => `${engine} ${Object.keys(files).length} files`)
    .join(', ')}`,
);
