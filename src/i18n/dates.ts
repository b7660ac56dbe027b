/** How dates are written (`date-style`). */
export type DateStyle = 'long' | 'short' | 'relative';

// One formatter per language and style for the whole page, not one per element.
const absolute = new Map<string, Intl.DateTimeFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

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

/** "2 dni temu", "2 days ago"; older than a year falls back to the long date. */
function relativeText(lang: string, date: Date, now: number): string {
  let format = relative.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    relative.set(lang, format);
  }
  const seconds = (date.getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  if (abs >= 365 * 24 * 3600) return absoluteFormat(lang, 'long').format(date);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
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
