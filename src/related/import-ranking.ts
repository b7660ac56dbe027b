/**
 * Loads the related ranking. In the ES module build this stays a dynamic import, so bundlers
 * split it off. The script-tag bundle swaps this file for import-ranking.script.ts
 * (rollup.config.mjs); `_attempt` (failed loads so far) matters only there.
 */
export const importRanking = (_attempt = 0): Promise<typeof import('./ranking.js')> => import('./ranking.js');
