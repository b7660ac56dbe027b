// `npm run conformance`: our feed readers against the public parser suites in test/corpora,
// in headless Chromium (the readers use the browser's DOMParser). Runs the one test file
// test/conformance/conformance.test.ts, then prints per corpus: cases, fields compared, agreeing,
// and each disagreement by file and field with the reason recorded in
// test/conformance/differences.json. The full result is written to conformance-results.json.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, root, run } from './setup.mjs';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();

const out = join(root, 'conformance-results.json');
rmSync(out, { force: true });
const status = run('npx', ['web-test-runner', 'test/conformance/conformance.test.ts'], { allowFailure: true });
if (!existsSync(out)) {
  console.error('The conformance run wrote no results.');
  process.exit(1);
}

const { results, listed } = JSON.parse(readFileSync(out, 'utf8'));
const reasonOf = (d) =>
  listed.find((e) => e.corpus === d.corpus && e.file === d.file && (e.field === d.field || e.field === '*') && (e.item === undefined || e.item === d.item))
    ?.reason ?? 'NOT LISTED';
const show = (value) => {
  const text = JSON.stringify(value);
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
};

console.log('\nConformance with public feed parser suites (test/corpora)\n');
const rows = results.map((r) => [r.corpus, r.cases, r.fields, r.agreeing, `${((100 * r.agreeing) / r.fields).toFixed(1)}%`]);
const head = ['corpus', 'cases', 'fields compared', 'agreeing', 'agreement'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const row of rows) console.log(line(row));

for (const r of results) {
  if (!r.disagreements.length) continue;
  console.log(`\n${r.corpus}: ${r.disagreements.length} disagreement(s)`);
  const groups = new Map();
  for (const d of r.disagreements) {
    const key = `${d.file} · ${d.field}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const [key, list] of groups) {
    const d = list[0];
    console.log(`- ${key}${list.length > 1 ? ` (${list.length} items)` : d.item !== undefined ? ` (item ${d.item})` : ''}`);
    console.log(`    ours ${show(d.ours)}, theirs ${show(d.theirs)}`);
    console.log(`    why: ${reasonOf(d)}`);
  }
}
console.log(`\nWritten: ${out}`);
process.exit(status);
