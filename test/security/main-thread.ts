/**
 * Measuring how long the main thread is blocked (issue 10: no input may block it for more than
 * about 100 ms at a time). Timings on a machine shared with parallel work are noisy, so the
 * tests that use these keep their inputs large enough that the code before the fix took seconds,
 * and their bounds generous.
 */

/** Milliseconds a synchronous call blocks the main thread: the fastest of `runs` (the least disturbed). */
export function blocking(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    try {
      run();
    } catch {
      // What it throws is the caller's business; here only time counts.
    }
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether this engine reports long tasks (Chromium does; Firefox and WebKit do not). */
const hasLongTasks = () => PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;

/**
 * Where the Long Tasks API is missing, a ticker: message-channel tasks posted back to back, whose
 * longest gap bounds the longest task in between (it may also hold other queued tasks, so it errs
 * long, never short). Gaps under 50 ms count as 0, as the API reports none.
 */
async function longestGap<T>(run: () => Promise<T>): Promise<{ result: T; longest: number }> {
  const channel = new MessageChannel();
  let running = true;
  let last = 0;
  let longest = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  await nextTask();
  last = performance.now();
  channel.port2.postMessage(0);
  try {
    const result = await run();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await nextTask();
    return { result, longest: longest >= 50 ? longest : 0 };
  } finally {
    running = false;
    channel.port1.close();
  }
}

/**
 * The longest main-thread task while `run` runs, by the Long Tasks API (Chromium reports every
 * task over 50 ms; shorter ones count as 0 here), else by a ticker (Firefox, WebKit).
 */
export async function longestTask<T>(run: () => Promise<T>): Promise<{ result: T; longest: number }> {
  if (!hasLongTasks()) return longestGap(run);
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  // The task that starts observing is reported too when it is long: start in a fresh one, so
  // what the caller did before (building a big input) does not count.
  await nextTask();
  observer.observe({ type: 'longtask' });
  try {
    const result = await run();
    // Entries arrive after their task ended.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await nextTask();
    observer.takeRecords().forEach((entry) => durations.push(entry.duration));
    return { result, longest: Math.max(0, ...durations) };
  } finally {
    observer.disconnect();
  }
}

/** Long tasks are seen at all in this browser (a test that cannot see one proves nothing). */
export async function longTasksWork(): Promise<boolean> {
  const { longest } = await longestTask(async () => {
    await nextTask();
    const until = performance.now() + 120;
    while (performance.now() < until);
  });
  return longest >= 100;
}
