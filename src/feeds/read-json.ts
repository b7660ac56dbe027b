/**
 * The JSON half of reading a feed (JSON Feed and WordPress), apart from the XML readers: a page
 * whose feeds are JSON never downloads those (issue 13, parse-later.ts). parse.ts reads every
 * format with it; the rules are the same whichever way a feed is read.
 */
import type { FeedFormat, ParsedFeed } from '../model/article.js';
import { uniqueArticles } from '../model/normalize.js';
import { decoding } from './decode.js';
import { FeedError } from './errors.js';
import { jsonCutter } from './json-cut.js';
import { MAX_ITEMS } from './draft.js';
import { isJsonFeed, readJsonFeed } from './json-feed.js';
import { inTasks, nextTask, stepsInTasks, TASK_MS } from './tasks.js';
import { isWordPress, readWordPress } from './wordpress.js';

/** A fetched response, or text, to read as a feed. */
export interface FeedInput {
  body: ArrayBuffer | Uint8Array | string;
  contentType?: string | null;
  /** The feed's own URL: the base for relative links. */
  url?: string;
  /**
   * The response's `Content-Location` header. For RSS and Atom it is the base of the document
   * (XML Base §4.2 takes the base from the retrieval, and HTTP/1.1, RFC 2616 §14.14, makes
   * Content-Location that base, as feedparser reads it); JSON formats have no such rule.
   */
  contentLocation?: string | null;
  format?: FeedFormat;
}

const NAMES: Record<string, string> = { 'json-feed': 'JSON Feed', wordpress: 'WordPress', rss: 'RSS', atom: 'Atom' };

export function mismatch(expected: FeedFormat, found: string): FeedError {
  return new FeedError('format', `Expected ${NAMES[expected]} but the response is ${NAMES[found] ?? found}.`);
}

/**
 * Whatever reading throws ends as a FeedError with a code: a RangeError from a body that
 * inflates past memory ("Invalid string length"), a stack overflow, a TypeError from a bug.
 */
export function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new FeedError('parse', `The feed could not be read (${detail}).`);
}

/** The articles a reader can see: those with a link, without duplicates (parseFeed). */
export function usable(feed: ParsedFeed): ParsedFeed {
  feed.articles = uniqueArticles(feed.articles.filter((article) => article.url));
  return feed;
}

/** The feed format of parsed JSON: JSON Feed by its `version`, WordPress by its shape. */
export function jsonFormat(data: unknown): 'json-feed' | 'wordpress' | 'rss-in-json' | undefined {
  if (isJsonFeed(data)) return 'json-feed';
  if (isWordPress(data)) return 'wordpress';
  // Dave Winer's RSS-in-JSON ({"rss": {"channel": …}}) has RSS's fields, not JSON Feed's.
  return data && typeof data === 'object' && 'rss' in data ? 'rss-in-json' : undefined;
}

/** Text that starts as JSON, as detect.ts's `sniff` tells it (past white space, which in a regular expression includes a BOM). */
const isJson = (text: string) => /^\s*[[{]/.test(text.slice(0, 65536));

/** Decoded JSON text read as JSON Feed or WordPress; `partial` when decoding stopped early at `json`'s cut. */
export function readJson(text: string, partial: boolean, json: ReturnType<typeof jsonCutter>, format: FeedFormat, url: string | undefined): ParsedFeed {
  let data: unknown;
  let truncated = false;
  try {
    data = JSON.parse(partial ? json.cut(text) : text);
  } catch {
    // A body cut short keeps its complete items.
    const again = jsonCutter();
    const complete = again.scan(text) ? undefined : again.complete(text);
    try {
      data = JSON.parse(complete ?? '');
      truncated = true;
    } catch {
      throw new FeedError('parse', 'The feed is not valid JSON.');
    }
  }
  return readJsonData(data, format, url, truncated);
}

/** Parsed JSON read as JSON Feed or WordPress. */
function readJsonData(data: unknown, format: FeedFormat, url: string | undefined, truncated = false): ParsedFeed {
  const found = jsonFormat(data);
  if (found === 'rss-in-json') throw new FeedError('format', 'This is RSS written as JSON, which is not JSON Feed: use the RSS (XML) address instead.');
  if (!found) throw new FeedError('format', 'The JSON is not a feed format this widget reads.');
  if (format !== 'auto' && format !== found) throw mismatch(format, found);
  const feed = found === 'json-feed' ? readJsonFeed(data as Record<string, unknown>, url) : readWordPress(data, url);
  return truncated ? { ...feed, truncated } : feed;
}

/** UTF-8 BOM, then white space, then `{` or `[`: a body that can only be JSON (or nothing we read). */
function startsJson(body: FeedInput['body']): boolean {
  const bytes = typeof body === 'string' ? undefined : body instanceof Uint8Array ? body : new Uint8Array(body);
  const length = bytes ? bytes.length : (body as string).length;
  for (let i = 0; i < length && i < 1024; i++) {
    const c = bytes ? bytes[i] : (body as string).charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return true;
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff || (bytes && i < 3 && (c === 0xef || c === 0xbb || c === 0xbf)))) return false;
  }
  return false;
}

/** Feeds this long are read in one go; longer ones in chunks sized by time. */
const CHUNK = 20;

/**
 * readJson for the store, in tasks (tasks.ts `inTasks`, from `started`, when the task began,
 * before the body was decoded): the items are read a chunk at a time, each chunk as
 * readJsonFeed or readWordPress reads a whole feed, so the answer is the same
 * (test/feeds/parse-later.test.ts).
 */
async function readJsonInTasks(
  text: string,
  partial: boolean,
  json: ReturnType<typeof jsonCutter>,
  format: FeedFormat,
  url: string | undefined,
  started: number,
): Promise<ParsedFeed> {
  // Decoding a long body took its task: parsing it takes the next.
  if (performance.now() - started > TASK_MS) {
    await nextTask();
    started = performance.now();
  }
  let data: unknown;
  try {
    data = JSON.parse(partial ? json.cut(text) : text);
  } catch {
    // A body cut short, or not JSON: the one-task reader says which.
    return readJson(text, partial, json, format, url);
  }
  const found = jsonFormat(data);
  const items = found === 'json-feed' ? (data as Record<string, unknown>).items : found === 'wordpress' && Array.isArray(data) ? data : undefined;
  if (!Array.isArray(items) || items.length <= CHUNK || (format !== 'auto' && format !== found)) {
    const feed = readJsonData(data, format, url);
    // The articles' first render gets a task of its own when reading took this one.
    if (performance.now() - started > TASK_MS / 2) await nextTask();
    return feed;
  }
  const read = (chunk: unknown[]): ParsedFeed =>
    found === 'json-feed' ? readJsonFeed({ ...(data as Record<string, unknown>), items: chunk }, url) : readWordPress(chunk, url);
  // The readers read at most MAX_ITEMS: so many, then in chunks.
  const all = found === 'json-feed' ? items.slice(0, MAX_ITEMS) : items;
  let feed: ParsedFeed | undefined;
  await inTasks(
    all.length,
    (from, to) => {
      const part = read(all.slice(from, to));
      if (feed) feed.articles.push(...part.articles);
      else feed = part;
    },
    started,
    CHUNK,
  );
  feed!.articles = feed!.articles.slice(0, MAX_ITEMS);
  return feed!;
}

/**
 * parseFeed for a body that starts as JSON, in tasks that keep the page responsive; undefined for
 * anything else (XML, a web page, a charset that needs decoding first), which the full reader
 * (parse.ts) takes. The store's reader (parse-later.ts).
 */
export async function parseJsonFeed(input: FeedInput): Promise<ParsedFeed | undefined> {
  if (!startsJson(input.body)) return undefined;
  try {
    // The page's waiting work (a frame, the first date formatter) comes first.
    await nextTask();
    const json = jsonCutter();
    let first: boolean | undefined;
    // Decoded 64 KB a step: a megabyte in one took 45–120 ms at 4× CPU slowdown.
    const [{ text, partial }, started] = await stepsInTasks(
      decoding(input.body, input.contentType, (chunk) => (first ??= isJson(chunk)) && json.scan(chunk), 1 << 16),
      performance.now(),
    );
    if (!isJson(text)) return undefined;
    return usable(await readJsonInTasks(text, partial, json, input.format ?? 'auto', input.url, started));
  } catch (error) {
    throw asFeedError(error);
  }
}
