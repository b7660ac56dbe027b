/**
 * Reading a long feed in tasks (issue 13: no task over 50 ms with 200 articles on a slow phone).
 * The store's readers (read-json.ts for JSON, parse.ts for RSS and Atom) read the items a chunk
 * at a time, each chunk in order as the one-task reader reads them, so the answer is the same
 * (test/feeds/parse-later.test.ts).
 */

/** A task boundary: what waits (a timer, input, a frame) may run. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** What one task of reading may take before it gives the page a turn (a long task is over 50 ms). */
export const TASK_MS = 25;

/**
 * Calls `read(from, to)` over the items `0` to `count`, in chunks sized by time: a chunk holds what
 * half a task holds at the speed the last one was read, from one item to `most`; a task ends once
 * it has taken TASK_MS since `started` (when it began). After a long read the caller's next step
 * (the first render of the articles) gets a task of its own. 20 items a chunk made tasks of
 * 80–100 ms at 4× CPU slowdown (`node bench/run.mjs --long-tasks`).
 */
export async function inTasks(count: number, read: (from: number, to: number) => void, started: number, most = 20): Promise<void> {
  let size = 1;
  for (let at = 0; at < count;) {
    if (performance.now() - started > TASK_MS) {
      await nextTask();
      started = performance.now();
    }
    const begun = performance.now();
    read(at, Math.min(at + size, count));
    at += size;
    const each = (performance.now() - begun) / size;
    size = Math.max(1, Math.min(most, Math.floor(TASK_MS / 2 / Math.max(each, 0.05))));
  }
  if (performance.now() - started > TASK_MS / 2) await nextTask();
}

/** Takes every step of work made of steps (a generator) at once, and gives its result (parseFeed's way). */
export function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * run for the store: takes the steps (decode.ts `decoding`, the XML scan) with a turn for the
 * page whenever a task has taken TASK_MS since `started`; resolves with the result and when the
 * last task began.
 */
export async function stepsInTasks<T>(steps: Generator<void, T>, started: number): Promise<[T, number]> {
  for (;;) {
    const step = steps.next();
    if (step.done) return [step.value, started];
    if (performance.now() - started > TASK_MS) {
      await nextTask();
      started = performance.now();
    }
  }
}
