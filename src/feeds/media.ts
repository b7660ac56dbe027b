import type { ArticleImage } from '../model/article.js';
import { dimension, makeImage } from '../model/normalize.js';
import { resolveHttpUrl } from '../sanitize/url-policy.js';
import { nearest800 } from './images.js';
import { markupText } from './text.js';
import { descendants, kid, kids, NS, type FeedXml } from './xml.js';

/**
 * The picture of an RSS item or Atom entry from its media elements: Media RSS
 * (media:content of medium image, else media:thumbnail; media:credit and media:description
 * beside it or around it), an image enclosure (RSS enclosure, Atom link rel="enclosure"),
 * else itunes:image. Of each kind, only candidates with a usable http(s) URL count. The body's
 * first image is the readers' last resort.
 */
export function mediaImage(xml: FeedXml, item: Element, base: string | undefined): ArticleImage | undefined {
  const isImage = (el: Element) => {
    const medium = el.getAttribute('medium');
    const type = el.getAttribute('type');
    return medium ? medium === 'image' : type ? /^image\//i.test(type) : true;
  };
  // Only candidates with a usable URL compete: an empty or javascript: media:content must not
  // hide a good media:thumbnail (issue 11).
  const usable = (el: Element) => !!resolveHttpUrl(el.getAttribute('url'), base);
  const sized = (list: Element[]) => nearest800(list.filter(usable).map((el) => ({ el, width: dimension(el.getAttribute('width')) })))?.el;
  const media = sized(descendants(item, 'content', NS.media).filter(isImage)) ?? sized(descendants(item, 'thumbnail', NS.media));
  if (media) {
    const near = (name: string) => xml.text(kid(media, name, NS.media) ?? kid(media.parentElement ?? undefined, name, NS.media));
    const found = makeImage(
      media.getAttribute('url'),
      base,
      markupText(near('description')),
      media.getAttribute('width'),
      media.getAttribute('height'),
      near('credit') || undefined,
    );
    if (found) return found;
  }
  for (const el of [...kids(item, 'enclosure'), ...kids(item, 'link', NS.atom), ...kids(item, 'link')]) {
    const type = el.getAttribute('type') ?? '';
    const src = el.getAttribute('url') ?? el.getAttribute('href');
    const enclosure = el.localName === 'enclosure' || el.getAttribute('rel') === 'enclosure';
    if (enclosure && (/^image\//i.test(type) || (!type && /\.(?:jpe?g|png|gif|webp|avif)(?:\?|$)/i.test(src ?? '')))) {
      const found = makeImage(src, base);
      if (found) return found;
    }
  }
  return makeImage(kid(item, 'image', NS.itunes)?.getAttribute('href'), base);
}
