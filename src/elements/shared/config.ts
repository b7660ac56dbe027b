/**
 * What makes an element misconfigured (`civic-error` code `config`), and the one warning per
 * cause that tells the webmaster how to fix it. The reader only sees a neutral sentence
 * (i18n `errors.config`); the console names the attribute, the fix and the README section.
 * The texts are short on purpose: every byte here is paid by every reader.
 */

/** `refresh`: 0 (never), else at least this many seconds (smaller values are raised to it). */
export const REFRESH_MIN = 5;
/** `refresh`: at most a day. Timers cannot wait longer than 2^31−1 ms (24.8 days): beyond, they fire at once. */
export const REFRESH_MAX = 86_400;
/** `timeout`: at most five minutes; a feed slower than that is down for a reader. */
export const TIMEOUT_MAX = 300;
/** `timeout` when the attribute is absent. */
export const TIMEOUT_DEFAULT = 15;

const FORMATS = ['auto', 'json-feed', 'rss', 'atom', 'wordpress'];

/** A misconfiguration: the attribute (or `placeholder`) at fault, one warning each per page, and what to do. */
export type ConfigProblem = [cause: string, text: string];

/** The attributes a configuration check reads (a subset of CivicAttributes). */
export interface ConfigInput {
  src: string;
  format: string;
  proxy: string;
  refresh: number;
  timeout: number;
  cache: string;
}

/**
 * Seconds between refreshes: 0 for never, else within REFRESH_MIN…REFRESH_MAX (values between
 * 0 and the minimum are raised to it); undefined for a value that is an error.
 */
export function refreshSeconds(value: unknown): number | undefined {
  const seconds = Number(value ?? 0);
  if (!(seconds >= 0 && seconds <= REFRESH_MAX)) return undefined;
  return seconds && Math.max(seconds, REFRESH_MIN);
}

/** Milliseconds to wait for a feed, or undefined for a value that is an error (not above 0, above TIMEOUT_MAX, not a number). */
export function timeoutMs(value: unknown): number | undefined {
  const seconds = Number(value ?? TIMEOUT_DEFAULT);
  return seconds > 0 && seconds <= TIMEOUT_MAX ? Math.max(seconds, 0.05) * 1000 : undefined;
}

/**
 * `cache`: how old (ms) a copy kept from an earlier visit may be to be shown; `auto` (or no
 * value) gives `auto`, `none` or 0 nothing (nothing is kept), undefined is an error.
 */
export function cacheAge(value: unknown, auto: number): number | undefined {
  const text = String(value ?? '').trim() || 'auto';
  if (text === 'auto') return auto;
  if (text === 'none') return 0;
  const seconds = Number(text);
  return seconds >= 0 && seconds <= 31_536_000 ? seconds * 1000 : undefined;
}

/**
 * The first thing wrong with an element's configuration, or undefined. A missing `src` counts
 * only once `srcDue`: a page or framework may set `src` or `.articles` just after connecting.
 */
export function configProblem(el: ConfigInput, srcDue: boolean): ConfigProblem | undefined {
  const format = el.format || 'auto';
  if (!FORMATS.includes(format)) return ['format', `format="${format}": use ${FORMATS.join(', ')}`];
  // A template that still makes no valid address fails in the store, also as `config`.
  if (el.proxy && !el.proxy.includes('{url}')) return ['proxy', `proxy="${el.proxy}": write an address with {url} where the feed address goes`];
  if (refreshSeconds(el.refresh) === undefined) return ['refresh', `refresh="${el.refresh}": use 0 (never) or ${REFRESH_MIN} to ${REFRESH_MAX} seconds`];
  if (timeoutMs(el.timeout) === undefined) return ['timeout', `timeout="${el.timeout}": use more than 0 and at most ${TIMEOUT_MAX} seconds`];
  if (cacheAge(el.cache, 1) === undefined) return ['cache', `cache="${el.cache}": use auto, none or a maximum age in seconds`];
  if (srcDue && !el.src?.trim()) return ['src', 'no src: set it to the feed address, or set the articles property'];
  return undefined;
}

/**
 * Whether configProblem finds nothing wrong, without its warning texts: the script tag's loader
 * (src/loader.ts) asks only for feeds the element will load, and every byte of it is paid by
 * every page. test/elements/config.test.ts keeps the two in step.
 */
export function configOk(el: ConfigInput): boolean {
  return (
    FORMATS.includes(el.format || 'auto') &&
    (!el.proxy || el.proxy.includes('{url}')) &&
    refreshSeconds(el.refresh) !== undefined &&
    timeoutMs(el.timeout) !== undefined &&
    cacheAge(el.cache, 1) !== undefined &&
    !!el.src?.trim()
  );
}

const warned = new Set<string>();

/** One console warning per cause per page: what is wrong on which element, the fix, the README section. */
export function warnConfig([cause, text]: ConfigProblem, where: string): void {
  if (warned.has(cause)) return;
  warned.add(cause);
  console.warn(`civic-news-widgets: ${where} ${text}. README: ${cause === 'placeholder' ? 'Quick start' : 'Attributes'}.`);
}
