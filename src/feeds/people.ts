import { MAX_TEXT as MAX_FIELD } from '../model/normalize.js';

/**
 * "jan@example.org (Jan Nowak)", "Jan Nowak (jan@…)" and "Jan Nowak <jan@…>" name Jan Nowak; a
 * bare address names nobody. Read by position, not by a regular expression: the one it replaces
 * was cubic (7 KB of `<a@a` in an author froze the page for seconds, issue 10).
 */
export function personName(value: string): string {
  const text = value.slice(0, MAX_FIELD).replace(/\s+/g, ' ').trim();
  const last = text.length - 1;
  const space = text.indexOf(' ');
  // An address (`\S+@\S+`) in [from, last): an '@' with something either side.
  const hasAt = (from: number, to: number) => {
    const at = text.lastIndexOf('@', to - 2);
    return at > from && at < to - 1;
  };
  // "jan@example.org (Jan Nowak)": the address is everything before the first space.
  if (space > 0 && text[space + 1] === '(' && text[last] === ')' && last > space + 2 && hasAt(0, space)) return text.slice(space + 2, last).trim();
  // "Jan Nowak <jan@…>" or "Jan Nowak (jan@…)": the address is the last word, bracketed; the
  // name is what comes before the first bracket that leaves an address after it.
  if (text[last] === '>' || text[last] === ')') {
    const at = text.lastIndexOf('@', last - 2);
    for (let open = Math.max(1, text.lastIndexOf(' ') + 1); open <= at - 2; open++) {
      if (text[open] === '<' || text[open] === '(') return text.slice(0, text[open - 1] === ' ' && open > 1 ? open - 1 : open).trim();
    }
  }
  return space < 0 && hasAt(0, text.length) ? '' : text;
}
