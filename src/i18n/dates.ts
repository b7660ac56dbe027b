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

/**
 * Polish and US English dates written without Intl, with the text Intl gives them
 * (test/i18n/dates.test.ts compares every month and day, in every engine). A page's first
 * `Intl.DateTimeFormat` loads ICU's number and date data: 50–90 ms at 4× CPU slowdown, a long
 * task on a cheap phone for the two languages of the bundle (issue 13). Other languages and
 * regions, and relative dates, use Intl.
 */
const MONTHS: Record<string, string[]> = {
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

function byHand(lang: string, style: 'long' | 'short', date: Date): string | undefined {
  const tag = /^(?:(pl)(?:-pl)?|en(?:-us)?)$/i.exec(lang);
  const [day, month, year] = [date.getDate(), date.getMonth(), date.getFullYear()];
  if (!tag || year < 1000 || year > 9999) return undefined;
  if (tag[1]) return style === 'long' ? `${day} ${MONTHS.pl[month]} ${year}` : `${day}.${month < 9 ? 0 : ''}${month + 1}.${year}`;
  return style === 'long' ? `${MONTHS.en[month]} ${day}, ${year}` : `${month + 1}/${day}/${`${year}`.slice(2)}`;
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

/** A date in the long or short style: by hand where it can be, else with Intl. */
const absoluteText = (lang: string, style: 'long' | 'short', date: Date) => byHand(lang, style, date) ?? absoluteFormat(lang, style).format(date);

const DAY = 24 * 3600 * 1000;

/** Whole calendar days between two instants in the reader's time zone (DST-proof). */
function calendarDays(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY;
  return day(to) - day(from);
}

/**
 * "2 dni temu", "2 days ago"; "wczoraj", "yesterday" and "teraz", "now" where the language has
 * a word for them. Units are counted down, never rounded up (11 days is "11 dni temu", not
 * "2 tygodnie temu"), and days by the calendar (last evening, 30 hours ago at noon, is
 * "wczoraj", not "2 dni temu"). Only -1, 0 and 1 day use words ('auto'); "last week" and "last
 * month" would be wrong for 11 or 40 days, so weeks and months are always numbers. Older than
 * a year: the long date.
 */
function relativeText(lang: string, date: Date, now: number): string {
  const seconds = (date.getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  const sign = seconds < 0 ? -1 : 1;
  if (abs >= 365 * 24 * 3600) return absoluteText(lang, 'long', date);
  const days = Math.abs(calendarDays(new Date(now), date));
  if (abs < 60) return relativeFormat(lang, 'auto').format(0, 'second');
  if (abs < 3600) return relativeFormat(lang, 'always').format(sign * Math.floor(abs / 60), 'minute');
  // Within a few hours, or the same calendar day: hours.
  if (abs < 6 * 3600 || (abs < 24 * 3600 && days === 0)) return relativeFormat(lang, 'always').format(sign * Math.floor(abs / 3600), 'hour');
  // Under a day but across midnight: "yesterday" / "tomorrow".
  const wholeDays = Math.max(days, 1);
  if (wholeDays < 14) return relativeFormat(lang, wholeDays === 1 ? 'auto' : 'always').format(sign * wholeDays, 'day');
  if (wholeDays < 31) return relativeFormat(lang, 'always').format(sign * Math.floor(wholeDays / 7), 'week');
  // Whole calendar months from the earlier date to the later one.
  const [a, b] = sign < 0 ? [date, new Date(now)] : [new Date(now), date];
  const months = (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth() - (b.getDate() < a.getDate() ? 1 : 0);
  return relativeFormat(lang, 'always').format(sign * Math.max(1, months), 'month');
}

/** Makes the formatter a style needs ahead of time (formatters are cached for the page). */
export function warmDates(lang: string, style: DateStyle): void {
  try {
    const absolute = style === 'short' ? 'short' : 'long';
    if (style === 'relative') relativeFormat(lang, 'always');
    if (!byHand(lang, absolute, new Date(0))) absoluteFormat(lang, absolute);
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
    return style === 'relative' ? relativeText(lang, date, now) : absoluteText(lang, style, date);
  } catch {
    return absoluteFormat('en', 'long').format(date);
  }
}
