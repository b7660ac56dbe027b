// `npm test`: works as the first command on a fresh machine. Installs what is missing, then
// lints, type-checks, builds (as `npm pack` does, checking what it ships), checks the generated
// docs and type-checks consumer projects against the packed package (scripts/consumers.mjs),
// runs the Node tests (the feed proxy over HTTP on 127.0.0.1; imports, parsing and Lit SSR on
// the server, test/ssr/), then the browser tests in headless Chromium,
// Firefox and WebKit, one engine after the other, and once more in Chromium against Lit's
// production build. The last line is the plain `N passed, N failed` summary of all runs that CI
// reads; zero tests run is a failure. Arguments go to every web-test-runner run
// (`npm test -- test/feeds/rss.test.ts`).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensureOtherEngines, root, run } from './setup.mjs';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();
const others = ensureOtherEngines();
if (others.firefox) process.env.FIREFOX_PATH = others.firefox;
if (others.webkit) process.env.WEBKIT_DRIVER_PATH = others.webkit;

run('npm', ['run', '--silent', 'lint']);
run('node', ['scripts/check-commits.mjs']);
// The one formatting of the code (Prettier; `npm run format` fixes it).
run('npx', ['prettier', '--check', '.', '--log-level', 'warn']);
run('npm', ['run', '--silent', 'typecheck']);
// Builds through `npm pack`'s prepack script from an empty dist/, and checks what it ships.
run('node', ['scripts/pack.mjs', '--check']);
run('node', ['scripts/size-budget.mjs']);
// The docs' tables are generated from custom-elements.json: the committed ones must match it.
run('node', ['scripts/docs.mjs', '--check']);
// The packed package type-checked from React, Vue, Svelte and plain TypeScript projects (about a minute).
run('node', ['scripts/consumers.mjs']);

const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const nodeSummaryFile = join(cache, 'civic-node-test-summary.json');
rmSync(nodeSummaryFile, { force: true });
const nodeStatus = run(
  'node',
  [
    '--test',
    '--test-reporter=dot',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/server/node-summary-reporter.mjs',
    `--test-reporter-destination=${nodeSummaryFile}`,
    'test/proxy/',
    'test/ssr/',
  ],
  { allowFailure: true },
);
const nodeSummary = existsSync(nodeSummaryFile) ? JSON.parse(readFileSync(nodeSummaryFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
if ((nodeStatus !== 0 && nodeSummary.failed === 0) || nodeSummary.passed + nodeSummary.failed === 0) nodeSummary.failed = Math.max(nodeSummary.failed, 1);
console.log(`proxy and server side (node --test): ${nodeSummary.passed} passed, ${nodeSummary.failed} failed`);

const runs = [
  { name: 'chromium', env: { CIVIC_ENGINE: 'chromium' } },
  ...(others.firefox ? [{ name: 'firefox', env: { CIVIC_ENGINE: 'firefox' } }] : []),
  ...(others.webkit ? [{ name: 'webkit', env: { CIVIC_ENGINE: 'webkit' } }] : []),
  { name: 'chromium, Lit production build', env: { CIVIC_ENGINE: 'chromium', CIVIC_LIT: 'production' } },
];

const summaryFile = join(cache, 'civic-test-summary.json');
const total = { passed: nodeSummary.passed, failed: nodeSummary.failed, skipped: nodeSummary.skipped ?? 0 };
const lines = [`proxy and server side (node --test): ${nodeSummary.passed} passed, ${nodeSummary.failed} failed`];
let status = nodeStatus !== 0 || nodeSummary.failed > 0 ? 1 : 0;
for (const { name, env } of runs) {
  console.log(`\n== ${name} ==`);
  rmSync(summaryFile, { force: true });
  const started = Date.now();
  const code = run('npx', ['web-test-runner', ...process.argv.slice(2)], { allowFailure: true, env: { ...process.env, ...env } });
  const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  if (summary.passed + summary.failed === 0) {
    console.error(`No test ran in ${name}: that is a failure, not a pass.`);
    summary.failed = Math.max(summary.failed, 1);
  }
  if (code !== 0 || summary.failed > 0) status = 1;
  for (const key of Object.keys(total)) total[key] += summary[key];
  const seconds = Math.round((Date.now() - started) / 1000);
  lines.push(`${name}: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${seconds} s)`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(status);
