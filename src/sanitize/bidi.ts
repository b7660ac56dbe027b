/**
 * Bidirectional-text controls in feed text (issue 10): `\u202Egpj.exe` shows as "exe.jpg", and
 * an override left open in one author's name flips the names and commas after it. Elements put
 * every feed string in its own isolate (`dir="auto"` or `<bdi>`), so nothing inside can reach
 * what follows; this function also removes what could reorder the string itself: every
 * embedding, override and isolate control (U+202A–U+202E, U+2066–U+2069).
 *
 * Removed even when paired: keeping the paired ones means a pairing parser (UAX #9) in every
 * reader's download, for a use news text hardly has. Without them the browser still orders
 * mixed Arabic, Hebrew and Latin text by the characters' own directions, inside the isolate.
 */
export const neutralizeBidi = (text: string): string => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
