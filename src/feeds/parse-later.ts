/**
 * How the store reads a feed (issue 13): JSON Feed and WordPress at once, with the JSON readers
 * only; anything else (RSS, Atom, a web page, a body in another charset) with the full reader,
 * parse.ts, which is loaded only then. A bundler makes parse.ts a chunk of its own and the
 * script tag loads it from beside itself (import-xml.script.ts), so a page whose feeds are JSON
 * never downloads the XML readers. Same answers as parseFeed: test/feeds/parse-later.test.ts.
 */
import type { ParsedFeed } from '../model/article.js';
import { FeedError } from './errors.js';
import { importXml } from './import-xml.js';
import { parseJsonFeed, type FeedInput } from './read-json.js';

let attempts = 0;
let warm: Promise<unknown> | undefined;

/**
 * Starts loading the full reader while a body that will need it (not JSON by its Content-Type)
 * is still downloading, so the part and the feed arrive side by side, not one after the other.
 */
export function warmXml(contentType: string | null): void {
  if (!/json/i.test(contentType ?? '')) warm ??= importXml(attempts).catch(() => (warm = undefined));
}

export async function parseFeedLater(input: FeedInput): Promise<ParsedFeed> {
  const json = await parseJsonFeed(input);
  if (json) return json;
  let reader: typeof import('./parse.js');
  try {
    reader = await importXml(attempts);
  } catch (error) {
    // A part that did not arrive (or failed its hash) is the network's fault: Retry asks again.
    attempts++;
    throw new FeedError('network', `The feed reader could not be loaded (${(error as Error).message}).`);
  }
  return reader.parseFeedInTasks(input);
}
