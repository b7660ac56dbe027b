// `npm run pack:files`: what `npm pack` puts in the package, each file with its size and gzipped
// size (gzip -9), the files a page downloads by script tag first. With --check (run by
// `npm test` after deleting dist/, as on a fresh clone) it prints one line and fails unless the
// package builds itself (the `prepack` script) and ships what the README promises.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './setup.mjs';

const check = process.argv.includes('--check');
// As on a fresh clone: no dist/, so only the `prepack` script can put it into the package.
if (check) rmSync(join(root, 'dist'), { recursive: true, force: true });
const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (pack.status !== 0) {
  console.error('npm pack --dry-run failed.');
  process.exit(1);
}
const [{ files, size }] = JSON.parse(pack.stdout);
const shipped = new Set(files.map((file) => file.path));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
const required = [
  // What a webmaster's page downloads (README, Getting the script), and their hashes.
  'dist/civic-news.min.js',
  'dist/civic-news-core.min.js',
  'dist/civic-news-article.min.js',
  'dist/civic-news-xml.min.js',
  'dist/civic-news-sanitizer.min.js',
  'dist/civic-news-lang-uk.min.js',
  'dist/civic-news-lang-de.min.js',
  'dist/civic-news-lang-cs.min.js',
  'dist/civic-news-related.min.js',
  'dist/integrity.json',
  // What package.json points developers and tools at.
  ...targets(pkg.exports).map((path) => path.replace(/^\.\//, '')),
  ...[pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.customElements].map((path) => path.replace(/^\.\//, '')),
  'README.md',
  'LICENSE',
];
const missing = [...new Set(required)].filter((path) => !shipped.has(path));
const stray = [...shipped].filter((path) => /^(src|test|scripts|demo|node_modules)\//.test(path));

const PAGE = [
  'dist/civic-news.min.js',
  'dist/civic-news-core.min.js',
  'dist/civic-news-xml.min.js',
  'dist/civic-news-article.min.js',
  'dist/civic-news-sanitizer.min.js',
];
const rank = (path) => (PAGE.includes(path) ? PAGE.indexOf(path) : PAGE.length);
const rows = files
  .map((file) => ({ path: file.path, bytes: file.size, gzip: gzipSync(readFileSync(join(root, file.path)), { level: 9 }).length }))
  .sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const total = rows.reduce((sum, row) => sum + row.gzip, 0);

if (!check) {
  const width = Math.max(...rows.map((row) => row.path.length));
  console.log(`${'file'.padEnd(width)}  ${'bytes'.padStart(9)}  ${'gzipped'.padStart(9)}`);
  for (const row of rows) console.log(`${row.path.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${kb(row.gzip).padStart(9)}`);
  console.log(`${rows.length} files; the tarball is ${kb(size)}; each file gzipped, summed: ${kb(total)}`);
}
if (missing.length || stray.length) {
  if (missing.length) console.error(`npm pack would not ship: ${missing.join(', ')}`);
  if (stray.length) console.error(`npm pack would ship what is not for users: ${stray.join(', ')}`);
  process.exit(1);
}
if (check) {
  const page = rows.filter((row) => PAGE.includes(row.path)).map((row) => `${row.path.slice(5)} ${kb(row.gzip)}`);
  console.log(`pack ok   ${rows.length} files, built by prepack, ships ${page.join(' and ')} gzipped, with integrity.json`);
}
