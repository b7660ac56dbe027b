/** Words of a lead when `lead-length` is not set (readers keep at most 60: src/feeds/draft.ts). */
export const LEAD_WORDS = 60;

/** Characters a word may run to before it is cut anyway (a text without spaces: a URL, Thai, Chinese). */
const WORD_CHARS = 30;

/**
 * A plain-text lead cut to `words` words, with an ellipsis when anything was cut. The lead is
 * text, entities already decoded once (src/feeds/draft.ts), so no cut can fall inside `&amp;`;
 * a cut inside a long run without spaces steps back to a code point boundary, so it never
 * splits a surrogate pair (an emoji, a rare CJK character) into a lone half.
 */
export function cutLead(text: string, words = LEAD_WORDS): string {
  const max = Math.max(1, Math.floor(words));
  const list = text.split(' ');
  let cut = list.length > max ? list.slice(0, max).join(' ') : text;
  const limit = max * WORD_CHARS;
  if (cut.length > limit) {
    let end = limit;
    const code = cut.charCodeAt(end - 1);
    // A high surrogate at the end would lose its low half.
    if (code >= 0xd800 && code <= 0xdbff) end--;
    cut = cut.slice(0, end);
  }
  if (cut === text) return text;
  // No dangling punctuation before the ellipsis ("budżet, …").
  let end = cut.length;
  while (end > 0 && ' ,;:–—-'.includes(cut[end - 1])) end--;
  return `${cut.slice(0, end)}…`;
}
