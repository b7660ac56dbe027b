/** The longest delay a timer can wait (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * One timer per refresh interval for the whole page, however many widgets use it
 * (CONTRIBUTING.md, House rules: no per-instance timers where a shared one serves all).
 */
const groups = new Map<number, { timer: ReturnType<typeof setInterval>; callbacks: Set<() => void> }>();

/** Calls `callback` every `seconds`; returns the function that stops it. */
export function every(seconds: number, callback: () => void): () => void {
  // Browsers fire a delay above 2^31−1 ms at once, and NaN at once too: a request flood. The
  // elements refuse such values as a `config` error (config.ts); this holds whoever calls.
  const ms = Math.min(Math.max(Math.round(seconds * 1000) || MAX_DELAY, 1000), MAX_DELAY);
  let group = groups.get(ms);
  if (!group) {
    const callbacks = new Set<() => void>();
    group = { callbacks, timer: setInterval(() => callbacks.forEach((cb) => cb()), ms) };
    groups.set(ms, group);
  }
  group.callbacks.add(callback);
  return () => {
    const current = groups.get(ms);
    if (!current) return;
    current.callbacks.delete(callback);
    if (!current.callbacks.size) {
      clearInterval(current.timer);
      groups.delete(ms);
    }
  };
}
