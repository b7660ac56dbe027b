/** The longest delay a timer can wait (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

interface Group {
  timer?: ReturnType<typeof setTimeout>;
  callbacks: Set<() => void>;
  /** A refresh fell due while the page was hidden. */
  missed?: boolean;
}

/**
 * One timer per refresh interval for the whole page, however many widgets use it
 * (CONTRIBUTING.md, House rules: no per-instance timers where a shared one serves all).
 */
const groups = new Map<number, Group>();

/**
 * Gentle on the publisher's server (issue 12): each period is drawn at random between 90 % and
 * 110 % of the interval, so readers who opened the page together drift apart; a hidden page
 * (a background tab, a locked phone) asks nothing, and catches up once when it is seen again.
 */
function schedule(group: Group, ms: number): void {
  group.timer = setTimeout(
    () => {
      if (document.hidden) group.missed = true;
      else group.callbacks.forEach((cb) => cb());
      // A callback may have stopped the last subscriber: then the group is gone.
      if (group.callbacks.size) schedule(group, ms);
    },
    Math.min(ms * (0.9 + Math.random() * 0.2), MAX_DELAY),
  );
}

let watching = false;

/** Calls `callback` every `seconds` (jittered); returns the function that stops it. */
export function every(seconds: number, callback: () => void): () => void {
  // Browsers fire a delay above 2^31−1 ms at once, and NaN at once too: a request flood. The
  // elements refuse such values as a `config` error (config.ts); this holds whoever calls.
  const ms = Math.min(Math.max(Math.round(seconds * 1000) || MAX_DELAY, 1000), MAX_DELAY);
  if (!watching) {
    watching = true;
    document.addEventListener('visibilitychange', () => {
      if (document.hidden) return;
      for (const group of groups.values()) {
        if (!group.missed) continue;
        group.missed = false;
        group.callbacks.forEach((cb) => cb());
      }
    });
  }
  let group = groups.get(ms);
  if (!group) {
    group = { callbacks: new Set() };
    schedule(group, ms);
    groups.set(ms, group);
  }
  group.callbacks.add(callback);
  return () => {
    const current = groups.get(ms);
    if (!current) return;
    current.callbacks.delete(callback);
    if (!current.callbacks.size) {
      clearTimeout(current.timer);
      groups.delete(ms);
    }
  };
}
