import { MAX_TEXT } from '../model/normalize.js';
import { htmlToText } from '../sanitize/text.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { parseDate } from '../model/dates.js';
import { MAX_ITEMS, toArticle } from './draft.js';
import { mediaImage } from './media.js';
import { personName } from './people.js';
import { markupText, textToHtml } from './text.js';
import { baseOf, hasXmlBase, kid, kids, langOf, NS, PARSED_XHTML, readAll, xmlFeedReader, type FeedXml, type XmlFeedReader } from './xml.js';

/**
 * Reads Atom 1.0 (RFC 4287), and the Atom 0.3 that old Blogger and Typepad feeds still serve.
 * Text constructs follow their `type`: `html` is HTML (tags stripped in titles), `xhtml` is
 * inline markup, `text` is plain text, shown as it is.
 */

/** XHTML, declared under a private name while parsing (src/feeds/xml.ts). */
const XHTML = PARSED_XHTML;

const isHtml = (type: string) => type === 'html' || type === 'text/html';
const isXhtml = (type: string) => type === 'xhtml' || type === 'application/xhtml+xml';

/** Atom 0.3 `mode="base64"` content as text (UTF-8), or undefined when it is not base64. */
function fromBase64(text: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.replace(/\s/g, '')), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/**
 * A text construct (title, summary, content) as HTML, or undefined for binary content. An
 * empty, missing or unknown `type` is text (RFC 4287 §3.1.1: the default, and the only reading
 * that never loses it); Atom 0.3's base64 mode is decoded (issue 11).
 */
function construct(xml: FeedXml, el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = (el.getAttribute('type') ?? '').trim().toLowerCase() || 'text';
  const mode = (el.getAttribute('mode') ?? '').trim().toLowerCase();
  if (mode === 'base64') {
    const decoded = fromBase64(xml.text(el));
    if (decoded === undefined || !(isHtml(type) || isXhtml(type) || type === 'text' || type.startsWith('text/'))) return undefined;
    return isHtml(type) || isXhtml(type) ? decoded : textToHtml(decoded);
  }
  if (isXhtml(type) && mode !== 'escaped') return xml.markup(kid(el, 'div', XHTML) ?? el);
  if (isHtml(type) || isXhtml(type) || mode === 'escaped') return xml.text(el);
  // Other media types in <content> are base64 (RFC 4287 §4.1.3.3), except text and XML ones.
  if (type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type)) return undefined;
  return textToHtml(xml.text(el));
}

/** A title as plain text: HTML titles lose their tags, text titles stay as written. */
function titleOf(xml: FeedXml, el: Element | undefined): string {
  const html = construct(xml, el) ?? '';
  const type = (el?.getAttribute('type') ?? '').trim().toLowerCase();
  return isHtml(type) || el?.getAttribute('mode')?.trim().toLowerCase() === 'escaped' ? markupText(html) : htmlToText(html.slice(0, MAX_TEXT));
}

const alternate = (el: Element) => kids(el, 'link').find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
const names = (xml: FeedXml, el: Element | undefined) => kids(el, 'author').map((author) => xml.text(kid(author, 'name')) || personName(xml.text(author)));

export const readAtom = (xml: FeedXml, feedUrl?: string) => readAll(atomReader(xml, feedUrl));

export function atomReader(xml: FeedXml, feedUrl?: string): XmlFeedReader {
  const { root } = xml;
  const self = kids(root, 'link').find((link) => link.getAttribute('rel') === 'self');
  const feedBase = feedUrl ?? resolveHttpUrl(self?.getAttribute('href'), baseOf(root, undefined));
  const home = alternate(root);
  const start = (home && resolveHttpUrl(home.getAttribute('href'), baseOf(home, feedBase))) ?? feedBase;
  const feedAuthors = names(xml, root);

  const items = kids(root, 'entry').slice(0, MAX_ITEMS);
  const item = (entry: Element) => {
    const link = alternate(entry);
    const summary = kid(entry, 'summary');
    // Out-of-line content (src="…") is a link, not a body.
    const content = kid(entry, 'content');
    const body = content?.hasAttribute('src') ? undefined : content;
    const wrapper = body ?? summary;
    // Atom's own elements, then DCMI terms (dcterms:issued, dcterms:modified) some CMSs add.
    const date = (...names: string[]) =>
      [...names.map((name) => kid(entry, name)), ...names.map((name) => kid(entry, name, NS.dcterms))].map((el) => parseDate(xml.text(el))).find(Boolean);
    const authors = names(xml, entry);
    return toArticle({
      id: xml.text(kid(entry, 'id')),
      // Without an alternate link, an id that is an http(s) URL is the entry's address.
      url:
        (link ? resolveHttpUrl(link.getAttribute('href'), baseOf(link, start)) : undefined) ??
        (/^https?:/i.test(xml.text(kid(entry, 'id'))) ? resolveHttpUrl(xml.text(kid(entry, 'id'))) : undefined),
      title: titleOf(xml, kid(entry, 'title')),
      summary: construct(xml, summary),
      content: construct(xml, body),
      base: wrapper && hasXmlBase(wrapper) ? baseOf(wrapper, start) : undefined,
      image: mediaImage(xml, entry, baseOf(entry, start)),
      // An entry without authors has its feed's (RFC 4287 §4.2.1).
      authors: authors.length ? authors : feedAuthors,
      published: date('published', 'issued', 'created'),
      updated: date('updated', 'modified'),
      tags: kids(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || ''),
      language: langOf(entry),
    });
  };
  const title = titleOf(xml, kid(root, 'title'));
  const language = langOf(root);
  const nextLink = kids(root, 'link').find((link) => link.getAttribute('rel') === 'next');
  const next = nextLink && resolveHttpUrl(nextLink.getAttribute('href'), baseOf(nextLink, feedBase));
  const homeUrl = home && start !== feedBase ? start : undefined;
  return xmlFeedReader('atom', items, item, { title, language, home: homeUrl, next });
}
