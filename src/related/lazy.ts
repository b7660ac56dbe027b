import { importRanking } from './import-ranking.js';

/** The related ranking part (ranking.ts). */
export type Ranking = typeof import('./ranking.js');

let loaded: Ranking | undefined;
let pending: Promise<Ranking> | undefined;
let failures = 0;

/** The ranking if it has arrived, so a render can use it at once. */
export const rankingNow = (): Ranking | undefined => loaded;

/**
 * The ranking, loaded on first use: a list page without a related block or a `query` never
 * downloads the stemmer and the index (issue 13). Every element on the page shares the one
 * load; a failed load (offline, blocked, a file of another release) is forgotten so that the
 * next attempt (Retry) tries again.
 */
export function loadRanking(): Promise<Ranking> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= importRanking(failures).then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined;
      failures++;
      throw error;
    },
  );
  return pending;
}
