/**
 * Bidirectional-text controls in feed text (issue 10): `\u202Egpj.exe` shows as "exe.jpg", and
 * an override left open in one author's name flips the names and commas after it. Elements put
 * every feed string in its own isolate (`dir="auto"` or `<bdi>`), so nothing inside can reach
 * what follows; this function also removes what could reorder the string itself:
 *
 * - overrides (LRO U+202D, RLO U+202E) always: they force characters against their own
 *   direction, which is what spoofing needs and what ordinary writing never does;
 * - embeddings (LRE U+202A, RLE U+202B, closed by PDF U+202C) and isolates (LRI U+2066,
 *   RLI U+2067, FSI U+2068, closed by PDI U+2069) when they are not paired, following the
 *   pairing rules of UAX #9 (a PDI also closes the embeddings opened after its isolate).
 *
 * Paired embeddings and isolates stay: publishers of mixed Arabic, Hebrew and Latin text use them.
 */
const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function neutralizeBidi(text: string): string {
  if (!CONTROL.test(text)) return text;
  const keep = new Uint8Array(text.length).fill(1);
  // Open embeddings ('e'), overrides ('o') and isolates ('i'), by index.
  const open: [number, 'e' | 'o' | 'i'][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x202a || (c > 0x202e && c < 0x2066) || c > 0x2069) continue;
    keep[i] = 0;
    if (c === 0x202a || c === 0x202b) open.push([i, 'e']);
    else if (c === 0x202d || c === 0x202e) open.push([i, 'o']);
    else if (c >= 0x2066 && c <= 0x2068) open.push([i, 'i']);
    else if (c === 0x202c) {
      const top = open[open.length - 1];
      if (top && top[1] !== 'i') {
        open.pop();
        if (top[1] === 'e') keep[top[0]] = keep[i] = 1;
      }
    } else {
      // PDI: closes the nearest open isolate and whatever was opened inside it.
      let at = open.length - 1;
      while (at >= 0 && open[at][1] !== 'i') at--;
      if (at >= 0) {
        keep[open[at][0]] = keep[i] = 1;
        open.length = at;
      }
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) if (keep[i]) out += text[i];
  return out;
}
