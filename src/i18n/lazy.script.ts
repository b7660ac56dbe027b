/**
 * The script-tag bundle's built-in languages: a classic script cannot split code, so each is
 * built apart as the ES module `civic-news-lang-<lang>.min.js` and loaded from beside the script
 * like the sanitizer, checked against the hash built into the script
 * (src/sanitize/import-verified.ts). rollup.config.mjs (`languagesFromScriptSrc` in
 * build/bundle.mjs) puts this file in place of lazy.ts. This is the one i18n module that
 * imports from sanitize/, and only in the script build.
 */
import { importPart } from '../sanitize/import-verified.js';
import type { Messages } from './messages.js';

const part = (lang: string) => () => importPart<{ default: Messages }>(`civic-news-lang-${lang}.min.js`);

export const lazy: Record<string, () => Promise<{ default: Messages }>> = { uk: part('uk'), de: part('de'), cs: part('cs') };
