import { MAX_ITEMS } from './draft.js';

/**
 * Reads only the start of a large JSON feed: scans the text chunk by chunk as it is decoded
 * and finds where the MAX_ITEMS-th item of the items array ends (the root array of
 * WordPress, `items` of JSON Feed). JSON.parse then gets that start with its brackets
 * closed, not 10 MB.
 */
export function jsonCutter(): { scan: (chunk: string) => boolean; cut: (text: string) => string; complete: (text: string) => string | undefined } {
  let offset = 0;
  // Backslashes that ended the last chunk inside a string: they may escape a quote in this one.
  let carry = 0;
  let inString = false;
  let target = -1;
  let count = 0;
  let at = -1;
  let tail = '';
  const closers: string[] = [];
  // Where the last complete item ended, and what closes the brackets open around the items.
  let lastItem = -1;
  let around: string[] = [];
  const scan = (chunk: string): boolean => {
    let pos = 0;
    const slashesBefore = (end: number) => {
      let n = 0;
      while (end - 1 - n >= 0 && chunk[end - 1 - n] === '\\') n++;
      return n === end ? n + carry : n;
    };
    while (pos < chunk.length) {
      if (inString) {
        const quote = chunk.indexOf('"', pos);
        if (quote < 0) {
          carry = slashesBefore(chunk.length);
          pos = chunk.length;
        } else {
          // A quote after an odd number of backslashes is part of the string.
          if (slashesBefore(quote) % 2 === 0) inString = false;
          carry = 0;
          pos = quote + 1;
        }
        continue;
      }
      const c = chunk[pos];
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') {
        const before = (tail + chunk.slice(Math.max(0, pos - 32), pos)).slice(-32);
        if (c === '[' && target < 0 && (!closers.length || (closers.length === 1 && /"items"\s*:\s*$/.test(before)))) target = closers.length + 1;
        closers.push(c === '{' ? '}' : ']');
      } else if (c === '}' || c === ']') {
        closers.pop();
        if (closers.length === target && c === '}') {
          lastItem = offset + pos + 1;
          around = closers.slice();
        }
      } else if (c === ',' && closers.length === target && ++count >= MAX_ITEMS) {
        at = offset + pos;
        return true;
      }
      pos++;
    }
    offset += chunk.length;
    tail = chunk.slice(-32);
    return false;
  };
  return {
    scan,
    cut: (text) => (at < 0 ? text : text.slice(0, at) + closers.reverse().join('')),
    // A body cut short: its complete items, closed, or undefined when it has none (issue 11).
    complete: (text) => (lastItem < 0 ? undefined : text.slice(0, lastItem) + around.slice().reverse().join('')),
  };
}
