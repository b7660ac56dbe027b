import type { ArticleImage } from '../model/article.js';
import { makeImage } from '../model/normalize.js';
import { readTag } from '../sanitize/scan.js';
import { htmlToText } from '../sanitize/text.js';

/**
 * Pictures as readers find them: one of several renditions, or the first in a body. What makes
 * an image usable (an http(s) URL, sizes, alt) is the model's rule, makeImage, shared with the
 * `articles` property.
 */

/** Images are looked for in the start of a body only. */
const IMAGE_SOURCE = 100_000;

/** Of several renditions of one picture, the one nearest 800 px wide (sharp on phones, not the original). */
export function nearest800<T extends { width?: number }>(list: T[]): T | undefined {
  let best: T | undefined;
  for (const item of list) if (!best || Math.abs((item.width ?? 800) - 800) < Math.abs((best.width ?? 800) - 800)) best = item;
  return best;
}

const IMG = /<img(?=[\t\n\f\r />])/gi;

/**
 * The first real picture in a body (not a 1×1 tracking pixel), with its alt. Each `<img` is
 * read as the HTML tokenizer reads a tag (src/sanitize/scan.ts), once: the regular expression
 * this replaces was quadratic on 100 KB of `<img` (seconds per item, issue 10).
 */
export function firstImage(html: string, base: string | undefined): ArticleImage | undefined {
  const source = html.slice(0, IMAGE_SOURCE);
  let from = 0;
  for (const match of source.matchAll(IMG)) {
    // An `<img` inside the attributes of the last one is not a tag.
    if (match.index < from) continue;
    const tag = readTag(source, match.index, false, true);
    // The body ends inside the tag: HTML drops it, and every `<img` after it is inside it.
    if (!tag) break;
    from = tag.to;
    const attr = (wanted: string) => {
      const value = tag.attributes?.find(([key]) => key === wanted)?.[1];
      return value === undefined ? undefined : htmlToText(value);
    };
    const width = attr('width');
    const height = attr('height');
    if (Number(width) < 2 || Number(height) < 2) continue;
    const found = makeImage(attr('src'), base, attr('alt') ?? '', width, height);
    if (found) return found;
  }
  return undefined;
}
