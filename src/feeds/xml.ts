import type { FeedFormat, ParsedFeed } from '../model/article.js';
import { parseInert } from '../sanitize/inert.js';
import { FeedError } from './errors.js';

/** Parses XML and dispatches on its root element. */
export function readXmlFeed(text: string, format: FeedFormat, _url?: string): ParsedFeed {
  const doc = parseInert(text, 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror').length) {
    throw new FeedError('parse', 'The feed is not well-formed XML.');
  }
  const name = root.localName.toLowerCase();
  const found = name === 'rss' || name === 'rdf' ? 'rss' : name === 'feed' ? 'atom' : undefined;
  if (!found) throw new FeedError('format', `The XML is not a feed (its root is <${root.localName}>).`);
  if (format !== 'auto' && format !== found) throw new FeedError('format', `Expected ${format} but the response is ${found}.`);
  throw new FeedError('format', `Reading ${found === 'rss' ? 'RSS' : 'Atom'} feeds is not supported yet.`);
}
