// Elements whose end tag may be left out (the parser closes them) or that have none: a
// rough count of nesting must not take a page of unclosed <p> for a deep tree.
const NOT_NESTING = new Set(
  'p li dt dd tr td th tbody thead tfoot caption colgroup option optgroup rt rp html head body br img hr wbr input meta link source area col embed param track base'.split(' '),
);

/** A body whose tags alone say it nests deeper than this is never handed to the HTML parser. */
export const PARSE_DEPTH = 1000;
/** Nor one with more start tags than this (twice the sanitizer's element limit). */
export const PARSE_TAGS = 20_000;

/** True when a body's tags alone say it is too big to parse (see above). */
export function tooBigToParse(html: string): boolean {
  return (html.match(/<[a-z]/gi)?.length ?? 0) > PARSE_TAGS || roughDepth(html) > PARSE_DEPTH;
}

/**
 * Nesting depth read from the tags alone, without parsing. Chromium's parser slows down
 * quadratically past its own depth cap of 512 (a body nested 10,000 deep takes it half a
 * second or more), so such a body is refused before it is parsed.
 */
export function roughDepth(html: string): number {
  const tag = /<(\/?)([a-z][\w-]*)/gi;
  let depth = 0;
  let max = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (NOT_NESTING.has(match[2].toLowerCase())) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}
