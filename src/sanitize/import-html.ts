/**
 * Loads the sanitizer module. In the ES module build this stays a dynamic import of
 * ./html.js (which imports `dompurify`), so bundlers split it off. The script-tag bundle
 * swaps this file for import-html.script.ts (rollup.config.mjs). `_attempt` (failed loads so far)
 * matters only there: here the bundler that split the chunk owns how it is fetched again.
 */
export const importHtml = (_attempt = 0): Promise<typeof import('./html.js')> => import('./html.js');
