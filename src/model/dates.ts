/**
 * Feed dates in the forms feeds really use, read the same way in every browser (Date.parse
 * of anything but ISO 8601 differs between engines, knows no CET or CEST, and invents dates
 * from garbage: "Dec x 2012" becomes 1 December, "03-12-31" 2031). A date is read correctly
 * or dropped, never guessed:
 *
 * - ISO 8601 / RFC 3339, with or without a zone; no zone means UTC, as WordPress `date_gmt`
 *   and most feed readers take it (gofeed, feedparser).
 * - RFC 822 / 1123 / 2822 (`Mon, 02 Jan 2006 15:04:05 GMT`), with or without the weekday, a
 *   comma without a space, full month names, two-digit years, `1500` for 15:00, a trailing
 *   comment (`-0800 (PST)`).
 * - Month first (`Jan 2, 2006 15:04 EST`, JavaScript's `Tue Nov 03 2026 10:15:00 GMT+0100`)
 *   and Unix `date` (`Tue Nov  3 10:15:00 CET 2026`).
 * - Zones: numeric (`+0130`, `-01:01`, `+01`, also after `GMT`/`UT`: `GMT-01:01`), the names of
 *   RFC 822 (UT, GMT, Z, EST…PDT, military letters) and the ones real feeds write (CET, MET,
 *   BST, PT…). An unknown name (or an ambiguous one: IST is Irish, Indian and Israeli) drops
 *   the date rather than read it as UTC.
 *
 * Returns ISO 8601 in UTC, or undefined: a date that cannot be read is left out, so nobody
 * ever sees "Invalid Date".
 */

const ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T\s](\d\d):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?$/i;
// Each pattern is anchored and its parts are separated by fixed characters, and dates longer
// than MAX_LENGTH (100 characters) are not read at all: the polynomial backtracking the regexp
// lint sees between a time's fraction and the zone text after it is bounded by that length.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded by MAX_LENGTH, above
const RFC822 = /^(?:[a-z]+\.?,?\s*)?(\d\d?)[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})(?:,?\s+(\d\d?):?(\d\d)(?::(\d\d))?(?:\.\d+)?)?(.*)$/i;
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded by MAX_LENGTH, above
const MONTH_FIRST = /^(?:[a-z]+\.?,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d\d?),?\s+(\d{4})(?:,?\s+(\d\d?):(\d\d)(?::(\d\d))?(?:\.\d+)?)?(.*)$/i;
const UNIX = /^[a-z]{3},?\s+([a-z]{3})\s+(\d\d?)\s+(\d\d?):(\d\d)(?::(\d\d))?\s+(?:([a-z]+)\s+)?(\d{4})$/i;
const ZONE = /^([a-z]*)\s*(?:([+-])(\d\d?)(?::?(\d\d))?)?$/i;
const MAX_LENGTH = 100;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** Hours east of UTC for the zone names feeds use. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 1,
  BST: 1,
  CET: 1,
  MET: 1,
  MEZ: 1,
  CEST: 2,
  MEST: 2,
  MESZ: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  AST: -4,
  ADT: -3,
  EST: -5,
  EDT: -4,
  ET: -5,
  CST: -6,
  CDT: -5,
  CT: -6,
  MST: -7,
  MDT: -6,
  MT: -7,
  PST: -8,
  PDT: -7,
  PT: -8,
  AKST: -9,
  AKDT: -8,
  HST: -10,
  JST: 9,
  AWST: 8,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
};
// RFC 822's military letters, as RFC 822 writes them (and feedparser reads them): A-I are -1 to
// -9, K-M -10 to -12, N-Y +1 to +12 (J is not used; Z is UT).
for (let i = 0; i < 12; i++) {
  ZONES['ABCDEFGHIKLM'[i]] = -(i + 1);
  ZONES['NOPQRSTUVWXY'[i]] = i + 1;
}
/** Names that may carry an offset of their own: `GMT+2`, `UTC-01:01`. */
const UNIVERSAL = /^(?:UTC?|GMT|Z)?$/i;

/** Minutes east of UTC for `+01:00`, `-0700`, `Z`, `CEST`, `GMT-01:01`; 0 when absent; NaN when unknown. */
function offset(zone: string | undefined): number {
  const text = (zone ?? '').replace(/\([^()]*\)$/, '').trim();
  if (!text) return 0;
  const m = ZONE.exec(text);
  if (!m) return NaN;
  const [, name, sign, hours, minutes] = m;
  if (!sign) return (ZONES[name.toUpperCase()] ?? NaN) * 60;
  if (!UNIVERSAL.test(name) || +hours > 23 || +(minutes ?? 0) > 59) return NaN;
  return (sign === '-' ? -1 : 1) * (+hours * 60 + +(minutes ?? 0));
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone?: string): number {
  // Date.UTC would roll 30 February over into March; a date that does not exist is unreadable.
  if (mo < 0 || mo > 11 || new Date(Date.UTC(y, mo, d)).getUTCDate() !== d || h > 24 || mi > 59 || s > 60) return NaN;
  return Date.UTC(y, mo, d, h, mi, s, ms) - offset(zone) * 60_000;
}

/** Month number (0-11) from its first three letters; NaN for a word that is no month. */
function month(name: string): number {
  const i = MONTHS.indexOf(name.toLowerCase());
  return i % 3 ? NaN : i / 3;
}

/** A feed date as ISO 8601 (UTC), or undefined when it cannot be read. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let time = NaN;
  if (typeof value === 'number') time = value;
  else {
    const text = value.trim();
    if (text.length > MAX_LENGTH) return undefined;
    let m: RegExpExecArray | null;
    if ((m = ISO.exec(text))) time = utc(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +`0.${m[7] ?? 0}` * 1000, m[8]);
    else if ((m = RFC822.exec(text))) {
      const year = +m[3] < 100 ? +m[3] + (+m[3] < 50 ? 2000 : 1900) : +m[3];
      time = utc(year, month(m[2]), +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, m[7]);
    } else if ((m = MONTH_FIRST.exec(text))) time = utc(+m[3], month(m[1]), +m[2], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, m[7]);
    else if ((m = UNIX.exec(text))) time = utc(+m[7], month(m[1]), +m[2], +m[3], +m[4], +(m[5] ?? 0), 0, m[6]);
  }
  // Years outside 1000-9999 are typos or garbage that toISOString would write oddly.
  return Number.isFinite(time) && time > -30610224000000 && time < 253402300800000 ? new Date(time).toISOString() : undefined;
}
