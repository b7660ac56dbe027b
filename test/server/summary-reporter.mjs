// Counts the tests that really ran and writes them for scripts/test.mjs, which prints the
// closing `N passed, N failed` line. (@web/test-runner exits 0 when a file registers no test.)
// The counts are written after every file, with the list of files the run was given, so that
// when a browser or its driver dies mid-run (WebKitWebDriver did once on a CI machine, and the
// runner exited without a summary) scripts/test.mjs knows which files finished and runs only the
// others again. CIVIC_SUMMARY names the file (one per engine when engines run side by side).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = process.env.CIVIC_SUMMARY ?? join(root, 'node_modules', '.cache', 'civic-test-summary.json');

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

function countSessions(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    count(session.testResults, totals);
    // A file that failed to load or threw outside a test counts as a failure.
    if (!session.passed && session.errors?.length) totals.failed += session.errors.length;
  }
  return totals;
}

export function summaryReporter() {
  const state = { files: [], done: {}, finished: false };
  const write = () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
  };
  let last = Date.now();
  return {
    onTestRunStarted({ testFiles }) {
      state.files = testFiles.map((name) => relative(root, name));
      last = Date.now();
      write();
    },
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      const now = Date.now();
      state.done[relative(root, testFile)] = { ...countSessions(sessionsForTestFile), ms: now - last };
      last = now;
      write();
    },
    onTestRunFinished({ sessions }) {
      Object.assign(state, countSessions(sessions), { finished: true });
      write();
    },
  };
}
