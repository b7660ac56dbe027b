// `npm test`: works as the first command on a fresh machine. Installs what is missing, then
// lints, type-checks, builds (as `npm pack` does) and runs every test in headless Chromium. The last line is the
// plain `N passed, N failed` summary that CI reads; zero tests run is a failure.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, root, run } from './setup.mjs';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();

run('npm', ['run', '--silent', 'lint']);
run('npm', ['run', '--silent', 'typecheck']);
// Builds through `npm pack`'s prepack script from an empty dist/, and checks what it ships.
run('node', ['scripts/pack.mjs', '--check']);
run('node', ['scripts/size-budget.mjs']);

const summaryFile = join(root, 'node_modules', '.cache', 'civic-test-summary.json');
rmSync(summaryFile, { force: true });
const status = run('npx', ['web-test-runner', ...process.argv.slice(2)], { allowFailure: true });

const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
if (summary.passed + summary.failed === 0) {
  console.error('No test ran: that is a failure, not a pass.');
  summary.failed = Math.max(summary.failed, 1);
}
const line = `${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`;
console.log(line);
process.exit(status !== 0 || summary.failed > 0 ? 1 : 0);
