import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { parseDate } from '../model/dates.js';
import { MAX_ITEMS, toArticle } from './draft.js';
import { mediaImage } from './media.js';
import { personName } from './people.js';
import { markupText } from './text.js';
import { baseOf, hasXmlBase, kid, kids, NS, readAll, xmlFeedReader, type FeedXml, type XmlFeedReader } from './xml.js';

/**
 * Reads RSS 2.0, 0.9x and 1.0 (RDF). Titles are read as HTML that may be entity-escaped
 * (what RSS feeds do in practice): tags are stripped, entities decoded once.
 */

const named = (el: Element | undefined, name: string) => Array.from(el?.children ?? []).filter((child) => child.localName === name);
const atomLink = (el: Element | undefined, rel: string) =>
  kids(el, 'link', NS.atom)
    .find((link) => (link.getAttribute('rel') ?? 'alternate') === rel)
    ?.getAttribute('href');

export const readRss = (xml: FeedXml, feedUrl?: string) => readAll(rssReader(xml, feedUrl));

export function rssReader(xml: FeedXml, feedUrl?: string): XmlFeedReader {
  const { root, text: textOf } = xml;
  const text = (el: Element | undefined, name: string, ns?: string | null) => textOf(kid(el, name, ns));
  // RSS 2.0 nests items in <channel>; RSS 1.0 and 0.90 put them beside it.
  const channel = named(root, 'channel')[0];
  const items = [...named(channel, 'item'), ...named(root, 'item')].slice(0, MAX_ITEMS);
  const feedBase = feedUrl ?? resolveHttpUrl(atomLink(channel, 'self'));
  // Relative links resolve against xml:base, then the channel link, then the feed URL.
  const home = channel && resolveHttpUrl(text(channel, 'link') || atomLink(channel, 'alternate'), baseOf(channel, feedBase));
  const start = home ?? feedBase;
  const feedLanguage = text(channel, 'language') || text(channel, 'language', NS.dc) || undefined;
  // Some CMSs give every item the same guid: a repeated guid does not make items one.
  const guids = new Set<string>();

  const item = (item: Element) => {
    const base = baseOf(item, start);
    const guid = kid(item, 'guid');
    // RSS 1.0 names an item by its rdf:about.
    const guidText = textOf(guid) || item.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'about') || '';
    const link = kids(item, 'link').map(textOf).find(Boolean) || atomLink(item, 'alternate');
    // A guid is the link when it is a permalink (the default, RSS 2.0), and then it must be
    // absolute. A guid such as "gmina-103" is an id, not a link: only one with a scheme tries.
    const permalink = guid && guid.getAttribute('isPermaLink')?.trim().toLowerCase() !== 'false' ? textOf(guid) : '';
    const url = resolveHttpUrl(link, base) ?? (permalink ? resolveHttpUrl(permalink) : undefined);
    const description = kid(item, 'description') ?? kid(item, 'description', NS.dc);
    const encoded = kid(item, 'encoded', NS.content);
    const body = encoded ?? description;
    const people = [
      ...kids(item, 'author'),
      ...kids(item, 'creator', NS.dc),
      ...kids(item, 'author', NS.atom),
      ...kids(item, 'author', NS.dc),
      ...kids(item, 'author', NS.itunes),
    ];
    const repeated = guids.has(guidText);
    guids.add(guidText);
    return toArticle({
      id: repeated ? undefined : guidText,
      url,
      title: markupText(text(item, 'title') || text(item, 'title', NS.dc)),
      summary: textOf(description),
      content: textOf(encoded),
      base: body && hasXmlBase(body) ? baseOf(body, start) : undefined,
      image: mediaImage(xml, item, base),
      authors: people.map((person) => personName(textOf(kid(person, 'name') ?? person))),
      published:
        parseDate(text(item, 'pubDate')) ??
        parseDate(text(item, 'date', NS.dc)) ??
        parseDate(text(item, 'issued', NS.dcterms)) ??
        parseDate(text(item, 'published', NS.atom)),
      updated: parseDate(text(item, 'updated', NS.atom)) ?? parseDate(text(item, 'modified', NS.dc)) ?? parseDate(text(item, 'modified', NS.dcterms)),
      tags: [
        ...kids(item, 'category').map(textOf),
        ...kids(item, 'subject', NS.dc).map(textOf),
        ...kids(item, 'category', NS.atom).map((c) => c.getAttribute('label') || c.getAttribute('term') || ''),
      ],
      language: text(item, 'language', NS.dc) || feedLanguage,
    });
  };
  const title = markupText(text(channel, 'title') || text(channel, 'title', NS.dc));
  // RFC 5005 paging, as WordPress and others add it to RSS: <atom:link rel="next">.
  const next = resolveHttpUrl(atomLink(channel, 'next'), feedBase);
  return xmlFeedReader('rss', items, item, { title, language: feedLanguage, home, next });
}
