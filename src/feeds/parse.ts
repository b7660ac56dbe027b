import type { FeedFormat, ParsedFeed } from '../model/article.js';
import { uniqueArticles } from '../model/normalize.js';
import { readAtom } from './atom.js';
import { decodeBody } from './decode.js';
import { advertisedFeed, detect, jsonFormat, sniff, xmlFormat, type Detected, type Sniffed } from './detect.js';
import { FeedError } from './errors.js';
import { jsonCutter } from './json-cut.js';
import { readJsonFeed } from './json-feed.js';
import { readRss } from './rss.js';
import { readWordPress } from './wordpress.js';
import { itemCounter, parseFeedXml } from './xml.js';

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

function mismatch(expected: FeedFormat, found: string): FeedError {
  return new FeedError('format', `Expected ${NAMES[expected]} but the response is ${NAMES[found] ?? found}.`);
}

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

/**
 * Whatever reading throws ends as a FeedError with a code: a RangeError from a body that
 * inflates past memory ("Invalid string length"), a stack overflow, a TypeError from a bug.
 */
function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new FeedError('parse', `The feed could not be read (${detail}).`);
}

function read(input: FeedInput): ParsedFeed {
  const format = input.format ?? 'auto';
  // Decoding stops once the text holds more items than a reader uses.
  const json = jsonCutter();
  const items = itemCounter();
  let first: Sniffed | undefined;
  const { text, partial, rest } = decodeBody(input.body, input.contentType, (chunk) => {
    first ??= sniff(chunk);
    return first === 'xml' ? items(chunk) : first === 'json' && json.scan(chunk);
  });
  const kind = sniff(text);
  if (kind === 'html') {
    const feedUrl = advertisedFeed(text, input.url);
    throw new FeedError(
      'format',
      feedUrl ? `The address is a web page, not a feed. The page names its feed: ${feedUrl}` : 'The address is a web page, not a feed.',
      feedUrl ? { feedUrl, isWebPage: true } : { isWebPage: true },
    );
  }
  if (kind === 'json') {
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
    const found = jsonFormat(data);
    if (found === 'rss-in-json') throw new FeedError('format', 'This is RSS written as JSON, which is not JSON Feed: use the RSS (XML) address instead.');
    if (!found) throw new FeedError('format', 'The JSON is not a feed format this widget reads.');
    if (format !== 'auto' && format !== found) throw mismatch(format, found);
    const feed = found === 'json-feed' ? readJsonFeed(data as Record<string, unknown>, input.url) : readWordPress(data, input.url);
    return truncated ? { ...feed, truncated } : feed;
  }
  if (kind === 'xml') {
    const xml = parseFeedXml(text, partial, rest);
    const { localName } = xml.root;
    const found = xmlFormat(localName);
    if (!found) throw new FeedError('format', `The XML is not a feed (its root is <${localName}>).`);
    if (format !== 'auto' && format !== found) throw mismatch(format, found);
    const base = locationBase(input.contentLocation, input.url);
    const feed = found === 'rss' ? readRss(xml, base) : readAtom(xml, base);
    return xml.truncated ? { ...feed, truncated: true } : feed;
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
    const feed = read(input);
    feed.articles = uniqueArticles(feed.articles.filter((article) => article.url));
    return feed;
  } catch (error) {
    throw asFeedError(error);
  }
}

/** What a response is, by content alone: the format `format="auto"` would read it as, or why not. */
export function detectFormat(input: Pick<FeedInput, 'body' | 'contentType'>): Detected {
  return detect(decodeBody(input.body, input.contentType).text);
}
