/**
 * The full feed reader (the XML readers), loaded when a feed is not JSON (parse-later.ts). A
 * bundler splits it into a chunk of its own; the script build puts import-xml.script.ts here.
 */
export const importXml = (_attempt = 0): Promise<typeof import('./parse.js')> => import('./parse.js');
