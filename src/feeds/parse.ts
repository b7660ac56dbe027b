import type { FeedFormat, ParsedFeed } from '../model/article.js';
import { decodeBody } from './decode.js';
import { advertisedFeed, sniff } from './detect.js';
import { FeedError } from './errors.js';
import { isJsonFeed, readJsonFeed } from './json-feed.js';
import { readXmlFeed } from './xml.js';

/** A fetched response, or text, to read as a feed. */
export interface FeedInput {
  body: ArrayBuffer | Uint8Array | string;
  contentType?: string | null;
  /** The feed's own URL: the base for relative links. */
  url?: string;
  format?: FeedFormat;
}

/**
 * Reads any supported feed into articles. A pure function: no fetch, no element.
 * Throws FeedError ('parse' or 'format') when the input is not a readable feed.
 */
export function parseFeed(input: FeedInput): ParsedFeed {
  const text = decodeBody(input.body, input.contentType);
  const format = input.format ?? 'auto';
  const kind = sniff(text);
  if (kind === 'html') {
    const feedUrl = advertisedFeed(text, input.url);
    throw new FeedError(
      'format',
      feedUrl ? `The address is a web page, not a feed. The page names its feed: ${feedUrl}` : 'The address is a web page, not a feed.',
      feedUrl ? { feedUrl, isWebPage: true } : { isWebPage: true },
    );
  }
  if (kind === 'json') return readJson(text, format, input.url);
  if (kind === 'xml') {
    if (format === 'json-feed' || format === 'wordpress') throw new FeedError('format', `Expected ${format} but the response is XML.`);
    return readXmlFeed(text, format, input.url);
  }
  if (!text.trim()) throw new FeedError('parse', 'The response is empty.');
  throw new FeedError('parse', 'The response is neither JSON nor XML.');
}

function readJson(text: string, format: FeedFormat, url?: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FeedError('parse', 'The feed is not valid JSON.');
  }
  if (format === 'rss' || format === 'atom') throw new FeedError('format', `Expected ${format} but the response is JSON.`);
  if (format !== 'wordpress' && isJsonFeed(data)) return readJsonFeed(data, url);
  if (format === 'json-feed') throw new FeedError('format', 'The JSON is not a JSON Feed (no jsonfeed.org version).');
  if (data && typeof data === 'object' && 'rss' in data) {
    throw new FeedError('format', 'This is RSS written as JSON, which is not JSON Feed: use the RSS (XML) address instead.');
  }
  throw new FeedError('format', 'The JSON is not a feed format this widget reads.');
}
