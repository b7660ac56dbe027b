/** How dates are written (`date-style`). */
export type DateStyle = 'long' | 'short' | 'relative';

// One formatter per language and style for the whole page, not one per element.
const absolute = new Map<string, Intl.DateTimeFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(lang: string, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const key = `${lang} ${numeric}`;
  let format = relative.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric });
    relative.set(key, format);
  }
  return format;
}

function absoluteFormat(lang: string, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let format = absolute.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, style === 'long' ? { dateStyle: 'long' } : { dateStyle: 'short' });
    absolute.set(key, format);
  }
  return format;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "2 dni temu", "2 days ago"; "wczoraj", "yesterday" and "teraz", "now" where the language has
 * a word for them (numeric 'auto' only for -1, 0 and 1: for -2 days it would say "przedwczoraj",
 * which fewer readers take in at a glance than "2 dni temu"). Older than a year: the long date.
 */
function relativeText(lang: string, date: Date, now: number): string {
  const seconds = (date.getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  if (abs >= 365 * 24 * 3600) return absoluteFormat(lang, 'long').format(date);
  for (const [unit, size] of UNITS) {
    if (abs >= size) {
      const value = Math.round(seconds / size);
      return relativeFormat(lang, Math.abs(value) <= 1 ? 'auto' : 'always').format(value, unit);
    }
  }
  return relativeFormat(lang, 'auto').format(0, 'second');
}

/** Makes the formatter a style needs ahead of time (formatters are cached for the page). */
export function warmDates(lang: string, style: DateStyle): void {
  try {
    if (style === 'relative') relativeFormat(lang, 'always');
    absoluteFormat(lang, style === 'short' ? 'short' : 'long');
  } catch {
    // A language tag Intl refuses: formatDate falls back by itself.
  }
}

/** A date for display, or '' when it cannot be read. */
export function formatDate(iso: string | undefined, lang: string, style: DateStyle, now = Date.now()): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return style === 'relative' ? relativeText(lang, date, now) : absoluteFormat(lang, style).format(date);
  } catch {
    return absoluteFormat('en', 'long').format(date);
  }
}
