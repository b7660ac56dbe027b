/**
 * The script-tag bundle's way to load the related ranking: a classic script cannot split code,
 * so ranking.ts is built apart as the ES module `civic-news-related.min.js` and loaded from
 * beside the script like the sanitizer and the languages, checked against the hash built into
 * the script (src/sanitize/import-verified.ts). rollup.config.mjs (`rankingFromScriptSrc` in
 * build/bundle.mjs) puts this file in place of import-ranking.ts. This is the one related
 * module that imports from sanitize/, and only in the script build.
 */
import { importPart } from '../sanitize/import-verified.js';

export const importRanking = (attempt = 0): Promise<typeof import('./ranking.js')> => importPart('civic-news-related.min.js', attempt);
