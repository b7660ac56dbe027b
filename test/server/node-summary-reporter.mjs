// A node:test reporter that counts the tests that really ran (suites are not tests) and emits
// them as JSON, for scripts/test.mjs to add to the closing `N passed, N failed` line.
export default async function* nodeSummary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite fails on its own only when a hook of it threw: count that once.
      if (event.type === 'test:fail' && event.data.details.error?.failureType === 'hookFailed') totals.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield JSON.stringify(totals);
}
