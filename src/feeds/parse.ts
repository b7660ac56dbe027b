import type { Article, ParsedFeed } from '../model/article.js';
import { atomReader } from './atom.js';
import { decodeBody, decoding } from './decode.js';
import { advertisedFeed, detect, sniff, xmlFormat, type Detected, type Sniffed } from './detect.js';
import { FeedError } from './errors.js';
import { jsonCutter } from './json-cut.js';
import { asFeedError, mismatch, readJson, usable } from './read-json.js';
import type { FeedInput } from './read-json.js';
import { rssReader } from './rss.js';
import { inTasks, nextTask, run, stepsInTasks } from './tasks.js';
import { feedXml, itemCounter, readAll, type XmlFeedReader } from './xml.js';

export type { FeedInput };

/**
 * Reads any supported feed: JSON Feed, WordPress REST, RSS or Atom, told apart by content.
 * Every item is returned, also those without a usable link (their `url` is empty); the
 * elements use parseFeed. Throws FeedError ('parse' or 'format') for what is not a feed.
 */
export function readFeed(input: FeedInput): ParsedFeed {
  try {
    return read(input);
  } catch (error) {
    throw asFeedError(error);
  }
}

/** An XML feed parsed, its items still to read, and whether its text was cut short. */
interface XmlStarted {
  reader: XmlFeedReader;
  truncated: boolean;
  /** With `window`: each parses the next window of items and gives them (parseFeedXml `later`). */
  later?: (() => Element[] | undefined)[];
}

/** Items an XML window holds (parseFeedInTasks): about a task's parse at 4× CPU slowdown. */
const WINDOW = 20;

const finish = ({ reader, truncated }: XmlStarted, feed = readAll(reader)): ParsedFeed => (truncated ? { ...feed, truncated: true } : feed);

function read(input: FeedInput): ParsedFeed {
  const started = run(start(input));
  return 'reader' in started ? finish(started) : started;
}

/**
 * A feed read, or for RSS and Atom the document parsed with its items still to read: a step
 * for each `slice` bytes decoded (parseFeedInTasks takes them a task's worth at a time).
 */
function* start(input: FeedInput, window = 0, slice?: number): Generator<void, ParsedFeed | XmlStarted> {
  const format = input.format ?? 'auto';
  // Decoding stops once the text holds more items than a reader uses.
  const json = jsonCutter();
  const items = itemCounter();
  let first: Sniffed | undefined;
  const enough = (chunk: string) => {
    first ??= sniff(chunk);
    return first === 'xml' ? items(chunk) : first === 'json' && json.scan(chunk);
  };
  const { text, partial, rest } = yield* decoding(input.body, input.contentType, enough, slice);
  // Parsing may need a task of its own.
  yield;
  const kind = sniff(text);
  if (kind === 'html') {
    const feedUrl = advertisedFeed(text, input.url);
    throw new FeedError(
      'format',
      feedUrl ? `The address is a web page, not a feed. The page names its feed: ${feedUrl}` : 'The address is a web page, not a feed.',
      feedUrl ? { feedUrl, isWebPage: true } : { isWebPage: true },
    );
  }
  if (kind === 'json') return readJson(text, partial, json, format, input.url);
  if (kind === 'xml') {
    const xml = yield* feedXml(text, partial, rest, window);
    const { localName } = xml.root;
    const found = xmlFormat(localName);
    if (!found) throw new FeedError('format', `The XML is not a feed (its root is <${localName}>).`);
    if (format !== 'auto' && format !== found) throw mismatch(format, found);
    const base = locationBase(input.contentLocation, input.url);
    const reader = (root: Element) => (found === 'rss' ? rssReader : atomReader)({ ...xml, root }, base);
    const later = xml.later?.map((parse) => () => {
      const root = parse();
      return root && reader(root).items;
    });
    return { reader: reader(xml.root), truncated: xml.truncated, later };
  }
  throw new FeedError('parse', text.trim() ? 'The response is neither JSON nor XML.' : 'The response is empty.');
}

/** Content-Location resolved against the feed URL, when it is an http(s) URL; else the feed URL. */
function locationBase(location: string | null | undefined, url: string | undefined): string | undefined {
  if (!location?.trim()) return url;
  try {
    const resolved = new URL(location.trim(), url);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : url;
  } catch {
    return url;
  }
}

/**
 * Reads a feed into the articles a reader can see, without duplicates: those with an http(s)
 * link (an item's own link, else a permalink `guid` or an http(s) Atom `id`). An item with no
 * usable link is left out: `Article.url` is always the original's absolute address (README,
 * Feeds). A pure function: no fetch, no element.
 */
export function parseFeed(input: FeedInput): ParsedFeed {
  try {
    return usable(read(input));
  } catch (error) {
    throw asFeedError(error);
  }
}

/**
 * parseFeed for the store (parse-later.ts): the same answer, in tasks (tasks.ts): the body decoded
 * 64 KB a step, a long RSS or Atom feed parsed WINDOW items at a time, the items read a chunk at
 * a time. 200 RSS items made one task of 220–390 ms at 4× CPU slowdown (`node bench/run.mjs
 * --long-tasks`).
 */
export async function parseFeedInTasks(input: FeedInput): Promise<ParsedFeed> {
  try {
    await nextTask();
    // The body decoded 64 KB a step and scanned 1,024 tags a step, a turn for the page between tasks.
    const [started, first] = await stepsInTasks(start(input, WINDOW, 1 << 16), performance.now());
    let began = first;
    if (!('reader' in started)) return usable(started);
    const { item } = started.reader;
    const articles: Article[] = [];
    let items: Element[] | undefined = started.reader.items;
    for (const parse of [...(started.later ?? []), undefined]) {
      const these = items;
      // A first chunk in the next task when decoding and parsing took this one.
      await inTasks(
        these.length,
        (from, to) => {
          for (let i = from; i < to; i++) articles.push(item(these[i]));
        },
        began,
      );
      if (!parse) break;
      began = performance.now();
      items = parse();
      // A window that is not well-formed: the whole text, as parseFeed reads it (repaired, or its complete items).
      if (!items) return usable(read(input));
    }
    return usable(finish(started, started.reader.feed(articles)));
  } catch (error) {
    throw asFeedError(error);
  }
}

/** What a response is, by content alone: the format `format="auto"` would read it as, or why not. */
export function detectFormat(input: Pick<FeedInput, 'body' | 'contentType'>): Detected {
  return detect(decodeBody(input.body, input.contentType).text);
}
