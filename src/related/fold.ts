/**
 * Letters without Polish diacritics: "ł" has no decomposition, so it is mapped by hand. Apart
 * from stem.ts, so that the tags filter every list has does not carry the stemmer, which the
 * script tag loads only with the related ranking (issue 13).
 */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');
}
