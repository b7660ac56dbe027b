// `npm test`: works as the first command on a fresh machine. Installs what is missing, then
// lints, type-checks, builds (as `npm pack` does, checking what it ships), checks the generated
// docs and type-checks consumer projects against the packed package (scripts/consumers.mjs),
// runs the Node tests (the feed proxy over HTTP on 127.0.0.1; imports, parsing and Lit SSR on
// the server, test/ssr/), then the browser tests in headless Chromium, Firefox and WebKit, and
// once more in Chromium against Lit's production build (how the runs are laid out: below). The
// last line is the plain `N passed, N failed` summary of all runs that CI
// reads; zero tests run is a failure. Arguments go to every web-test-runner run
// (`npm test -- test/feeds/rss.test.ts`).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ensureChromium, ensureDependencies, ensureOtherEngines, root, run } from './setup.mjs';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();
const others = ensureOtherEngines();
if (others.firefox) process.env.FIREFOX_PATH = others.firefox;
if (others.webkit) process.env.WEBKIT_DRIVER_PATH = others.webkit;

/**
 * Runs commands side by side (most checks keep one core busy, and the machine has two or
 * more), each one's output printed whole when it ends, in the order given; exits on a failure.
 */
async function together(commands) {
  const results = await Promise.all(
    commands.map(
      ([command, commandArgs]) =>
        new Promise((resolve) => {
          const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          child.stdout.on('data', (chunk) => (out += chunk));
          child.stderr.on('data', (chunk) => (out += chunk));
          child.on('close', (code) => resolve({ code: code ?? 1, out }));
        }),
    ),
  );
  for (const { out } of results) if (out.trim()) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  const failed = results.find((r) => r.code !== 0);
  if (failed) process.exit(failed.code);
}

await together([
  ['npm', ['run', '--silent', 'lint']],
  ['node', ['scripts/check-commits.mjs']],
  // The one formatting of the code (Prettier; `npm run format` fixes it).
  ['npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['npm', ['run', '--silent', 'typecheck']],
]);
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

// The browser runs. Most files run side by side in two lanes (the machine's two cores are idle
// half the time while a browser waits on its test server), each engine's files in three shards
// dealt by each file's time in test/timings.json (scripts/timings.mjs), the longest shards first;
// the tests that measure the main thread (a frozen page, the longest task, layout shift while
// parts download: declared with describeMainThread and itMainThread of test/main-thread.ts) run
// afterwards, one engine at a time, alone on the machine, so that another browser's work never
// shows up as theirs; the other tests of their files run in the lanes. Each run's output is
// printed whole when it ends. CIVIC_LANES=1 runs everything one after the other.
const source = (file) => readFileSync(join(root, file), 'utf8');
/** Whether a file declares main-thread measurements. */
const measures = (file) => /\b(describe|it)MainThread\(/.test(source(file));
/** Whether it has nothing else: no plain `describe(` or `it(` at the top level. */
const measuresOnly = (file) => measures(file) && !/^(describe|it)\(/m.test(source(file));
const PRODUCTION = ['test/elements/', 'test/bundle.test.ts', 'test/sanitize/'];
const args = process.argv.slice(2);
const testFiles = (readdirSync(join(root, 'test'), { recursive: true }) ?? [])
  .map((name) => `test/${name.split(sep).join('/')}`)
  .filter((name) => name.endsWith('.test.ts'))
  .sort();
const inProduction = (file) => PRODUCTION.some((prefix) => file.startsWith(prefix));

// Chromium runs the files that exercise Lit's rendering against Lit's production build only;
// Firefox and WebKit run them against the development build (with its extra checks), so each
// build meets each file once. Without Firefox and WebKit, Chromium runs them in both.
const devBuildElsewhere = Boolean(others.firefox || others.webkit);
const engines = [
  { name: 'chromium', env: { CIVIC_ENGINE: 'chromium' }, files: devBuildElsewhere ? testFiles.filter((file) => !inProduction(file)) : testFiles },
  ...(others.firefox ? [{ name: 'firefox', env: { CIVIC_ENGINE: 'firefox' }, files: testFiles }] : []),
  ...(others.webkit ? [{ name: 'webkit', env: { CIVIC_ENGINE: 'webkit' }, files: testFiles }] : []),
  { name: 'chromium, Lit production build', env: { CIVIC_ENGINE: 'chromium', CIVIC_LIT: 'production' }, files: testFiles.filter(inProduction) },
];

/** Each file's seconds per engine in an earlier run (scripts/timings.mjs); 5 s for a file not in it. */
const timingsFile = join(root, 'test', 'timings.json');
const timings = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : {};
const fileSeconds = (engine, file) => timings[engine]?.[file] ?? timings.chromium?.[file] ?? 5;

/**
 * Deals files into `count` shards by their time: the longest first, each to the shard with the
 * least so far, so that a shard of the heavy files (the corpus proofs, the axe matrix) does not
 * end long after the others.
 */
function shards(engine, files, count) {
  const out = Array.from({ length: count }, () => ({ files: [], estimate: 0 }));
  for (const file of [...files].sort((a, b) => fileSeconds(engine, b) - fileSeconds(engine, a) || a.localeCompare(b))) {
    const shard = out.reduce((least, s) => (s.estimate < least.estimate ? s : least));
    shard.files.push(file);
    shard.estimate += fileSeconds(engine, file);
  }
  return out.filter((shard) => shard.files.length > 0).map((shard) => ({ ...shard, files: shard.files.sort() }));
}

// Arguments (`npm test -- test/feeds/rss.test.ts`) replace the file lists: one run per engine.
const jobs = [];
const serial = [];
for (const engine of engines) {
  if (args.length > 0) {
    serial.push({ ...engine, label: engine.name, files: args });
    continue;
  }
  const free = engine.files.filter((file) => !measuresOnly(file));
  const parts = shards(engine.name, free, engine.env.CIVIC_LIT ? 1 : 3);
  parts.forEach(({ files, estimate }, i) =>
    jobs.push({
      ...engine,
      env: { ...engine.env, CIVIC_MAIN_THREAD: 'skip' },
      label: parts.length > 1 ? `${engine.name} (${i + 1}/${parts.length})` : engine.name,
      files,
      estimate,
    }),
  );
  const measured = engine.files.filter(measures);
  if (measured.length)
    serial.push({ ...engine, env: { ...engine.env, CIVIC_MAIN_THREAD: 'only' }, label: `${engine.name}, main-thread measurements`, files: measured });
}

/** One web-test-runner run, its output kept in a file and printed whole at the end; resolves to its summary. */
function runOnce(job, files) {
  const id = `${job.label.replace(/[^a-z0-9]+/gi, '-')}-${Math.random().toString(36).slice(2, 8)}`;
  const summaryFile = join(cache, `civic-summary-${id}.json`);
  const logFile = join(cache, `civic-log-${id}.txt`);
  const log = openSync(logFile, 'w');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', '--static-logging', ...files], {
      cwd: root,
      stdio: ['ignore', log, log],
      env: { ...process.env, ...job.env, CIVIC_SUMMARY: summaryFile },
    });
    child.on('close', (code) => {
      closeSync(log);
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        `\n== ${job.label}: ${files.length} files, ${seconds} s${job.estimate ? ` (test/timings.json: ${job.estimate} s)` : ''} ==\n${readFileSync(logFile, 'utf8')}`,
      );
      const state = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { files: [], done: {}, finished: false };
      rmSync(summaryFile, { force: true });
      rmSync(logFile, { force: true });
      resolve({ code: code ?? 1, state, seconds });
    });
  });
}

const sum = (entries) =>
  entries.reduce((t, e) => ({ passed: t.passed + e.passed, failed: t.failed + e.failed, skipped: t.skipped + e.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });

/**
 * A job's run. Should the runner stop before its last file (a browser or its driver dying: the
 * runner then exits without a summary), the files that did not finish run once more, and the
 * output says so; a second stop is a failure. Zero tests run is a failure too.
 */
async function runJob(job) {
  let { code, state, seconds } = await runOnce(job, job.files);
  const done = { ...state.done };
  let note = '';
  if (!state.finished) {
    const expected = state.files.length ? state.files : job.files;
    const rest = expected.filter((file) => !(file in done));
    console.error(
      `\n${job.label}: the test runner stopped (exit ${code}) after ${Object.keys(done).length} of ${expected.length} files; running the other ${rest.length} once more.`,
    );
    note = `, runner restarted once for ${rest.length} files`;
    if (rest.length) {
      const again = await runOnce(job, rest);
      seconds += again.seconds;
      Object.assign(done, again.state.done);
      code = again.code;
      if (!again.state.finished) done['(runner stopped twice)'] = { passed: 0, failed: 1, skipped: 0 };
    }
  }
  const summary = state.finished && !note ? { passed: state.passed, failed: state.failed, skipped: state.skipped } : sum(Object.values(done));
  if (summary.passed + summary.failed === 0) {
    console.error(`No test ran in ${job.label}: that is a failure, not a pass.`);
    summary.failed = 1;
  }
  if (code !== 0 && summary.failed === 0) summary.failed = 1;
  for (const [file, result] of Object.entries(done)) if (result.ms) slowest.push([result.ms, `${job.label}: ${file}`]);
  return { ...summary, seconds, note };
}

/** Each file's time, job by job: the slowest are printed at the end, where CI time goes. */
const slowest = [];
const lanes = Math.max(1, Number(process.env.CIVIC_LANES ?? 2));
const results = new Map();
// The longest jobs first: the lanes then end within a short job of each other.
const queue = [...jobs].sort((a, b) => b.estimate - a.estimate);
await Promise.all(
  Array.from({ length: lanes }, async () => {
    while (queue.length) {
      const job = queue.shift();
      results.set(job, await runJob(job));
    }
  }),
);
for (const job of serial) results.set(job, await runJob(job));

const total = { passed: nodeSummary.passed, failed: nodeSummary.failed, skipped: nodeSummary.skipped ?? 0 };
const lines = [`proxy and server side (node --test): ${nodeSummary.passed} passed, ${nodeSummary.failed} failed`];
let status = nodeStatus !== 0 || nodeSummary.failed > 0 ? 1 : 0;
for (const engine of engines) {
  const mine = [...results].filter(([job]) => job.name === engine.name).map(([, result]) => result);
  if (!mine.length) continue;
  const summary = sum(mine);
  if (summary.failed > 0) status = 1;
  for (const key of Object.keys(total)) total[key] += summary[key];
  const seconds = mine.reduce((t, r) => t + r.seconds, 0);
  const notes = mine.map((r) => r.note).join('');
  lines.push(
    `${engine.name}: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${seconds} s in ${mine.length} runs${notes})`,
  );
}

slowest.sort((a, b) => b[0] - a[0]);
// Every file's time, for balancing the shards (CONTRIBUTING.md, Test toolchain).
writeFileSync(
  join(cache, 'civic-file-times.json'),
  `${JSON.stringify(
    slowest.map(([ms, name]) => ({ ms, name })),
    null,
    1,
  )}\n`,
);
console.log(
  `\nThe slowest files:\n${slowest
    .slice(0, 12)
    .map(([ms, name]) => `${(ms / 1000).toFixed(0).padStart(4)} s  ${name}`)
    .join('\n')}`,
);
console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(status);
