/**
 * Feed dates in the forms feeds really use, read the same way in every browser (Date.parse
 * of anything but ISO 8601 differs between engines, and knows no CET or CEST).
 *
 * - ISO 8601 / RFC 3339, with or without a zone; no zone means UTC, as WordPress `date_gmt`
 *   and most feed readers take it (gofeed, feedparser).
 * - RFC 822 / 1123 (`Mon, 02 Jan 2006 15:04:05 GMT`), with or without the weekday, a comma
 *   without a space, full month names, two-digit years, numeric zones and the named zones
 *   of RFC 822 plus the European ones Polish CMSs write (CET, CEST, EET, EEST).
 * - Anything else goes to Date.parse as a last resort.
 *
 * Returns ISO 8601 in UTC, or undefined: a date that cannot be read is left out, so nobody
 * ever sees "Invalid Date".
 */

const ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T\s](\d\d):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?$/i;
const RFC822 = /^(?:[a-z]+\.?,?\s*)?(\d\d?)[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4}),?\s+(\d\d?):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*([+-]\d\d:?\d\d|[a-z]+)?/i;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** Hours east of UTC for the zone names feeds use. */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, CET: 1, CEST: 2, EET: 2, EEST: 3, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

/** Minutes east of UTC for `+01:00`, `-0700`, `Z`, `CEST`; 0 when absent or unknown. */
function offset(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone?: string): number {
  // Date.UTC would roll 30 February over into March; a date that does not exist is unreadable.
  if (mo < 0 || mo > 11 || new Date(Date.UTC(y, mo, d)).getUTCDate() !== d || h > 24 || mi > 59 || s > 60) return NaN;
  return Date.UTC(y, mo, d, h, mi, s, ms) - offset(zone) * 60_000;
}

/** A feed date as ISO 8601 (UTC), or undefined when it cannot be read. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let time: number;
  if (typeof value === 'number') time = value;
  else {
    const text = value.trim();
    let m = ISO.exec(text);
    if (m) time = utc(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +`0.${m[7] ?? 0}` * 1000, m[8]);
    else if ((m = RFC822.exec(text))) {
      const month = MONTHS.indexOf(m[2].toLowerCase());
      const year = +m[3] < 100 ? +m[3] + (+m[3] < 50 ? 2000 : 1900) : +m[3];
      time = month % 3 ? NaN : utc(year, month / 3, +m[1], +m[4], +m[5], +(m[6] ?? 0), 0, m[7]);
    } else time = text ? Date.parse(text) : NaN;
  }
  // Years outside 1000-9999 are typos or garbage that toISOString would write oddly.
  return Number.isFinite(time) && time > -30610224000000 && time < 253402300800000 ? new Date(time).toISOString() : undefined;
}
