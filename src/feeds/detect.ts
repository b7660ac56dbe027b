import { parseInert } from '../sanitize/inert.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';

/** What the start of a response looks like. */
export type Sniffed = 'json' | 'xml' | 'html' | 'unknown';

/** Sniffs by content, never by file name or (often wrong) Content-Type. */
export function sniff(text: string): Sniffed {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^<!doctype\s+html/i.test(head) || /^(<!--[\s\S]*?-->\s*)*<(html|head|body)[\s>]/i.test(head)) return 'html';
  if (head.startsWith('<')) {
    // An XML prolog or comment may come first; an <html> root after it is still a web page.
    const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''));
    return root && root[1].toLowerCase() === 'html' ? 'html' : 'xml';
  }
  return 'unknown';
}

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|feed\+json|json)$/i;

/** The feed a web page advertises with `<link rel="alternate">`, as an absolute URL. */
export function advertisedFeed(html: string, pageUrl?: string): string | undefined {
  const doc = parseInert(html, 'text/html');
  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate" i][href]'))) {
    if (!FEED_TYPES.test((link.getAttribute('type') ?? '').trim())) continue;
    const url = resolveHttpUrl(link.getAttribute('href'), pageUrl);
    if (url) return url;
  }
  return undefined;
}
