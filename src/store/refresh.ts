/**
 * One timer per refresh interval for the whole page, however many widgets use it
 * (CONTRIBUTING.md, House rules: no per-instance timers where a shared one serves all).
 */
const groups = new Map<number, { timer: ReturnType<typeof setInterval>; callbacks: Set<() => void> }>();

/** Calls `callback` every `seconds`; returns the function that stops it. */
export function every(seconds: number, callback: () => void): () => void {
  const ms = Math.round(seconds * 1000);
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
