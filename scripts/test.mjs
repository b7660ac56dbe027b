// `npm test`: works as the first command on a fresh machine. Installs what is missing, then
// lints, type-checks, builds (as `npm pack` does, checking what it ships), runs the feed proxy's
// Node tests (node --test over HTTP on 127.0.0.1) and every browser test in headless Chromium.
// The last line is the plain `N passed, N failed` summary of both that CI reads; zero tests run
// is a failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, root, run } from './setup.mjs';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();

run('npm', ['run', '--silent', 'lint']);
run('npm', ['run', '--silent', 'typecheck']);
// Builds through `npm pack`'s prepack script from an empty dist/, and checks what it ships.
run('node', ['scripts/pack.mjs', '--check']);
run('node', ['scripts/size-budget.mjs']);

const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const nodeSummaryFile = join(cache, 'civic-node-test-summary.json');
rmSync(nodeSummaryFile, { force: true });
const nodeStatus = run(
  'node',
  ['--test', '--test-reporter=dot', '--test-reporter-destination=stdout', '--test-reporter=./test/server/node-summary-reporter.mjs', `--test-reporter-destination=${nodeSummaryFile}`, 'test/proxy/'],
  { allowFailure: true },
);
const nodeSummary = existsSync(nodeSummaryFile) ? JSON.parse(readFileSync(nodeSummaryFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
if ((nodeStatus !== 0 && nodeSummary.failed === 0) || nodeSummary.passed + nodeSummary.failed === 0) nodeSummary.failed = Math.max(nodeSummary.failed, 1);
console.log(`proxy (node --test): ${nodeSummary.passed} passed, ${nodeSummary.failed} failed`);

const summaryFile = join(cache, 'civic-test-summary.json');
rmSync(summaryFile, { force: true });
const status = run('npx', ['web-test-runner', ...process.argv.slice(2)], { allowFailure: true });

const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
if (summary.passed + summary.failed === 0) {
  console.error('No browser test ran: that is a failure, not a pass.');
  summary.failed = Math.max(summary.failed, 1);
}
for (const key of ['passed', 'failed', 'skipped']) summary[key] += nodeSummary[key];
const line = `${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`;
console.log(line);
process.exit(status !== 0 || nodeStatus !== 0 || summary.failed > 0 ? 1 : 0);
