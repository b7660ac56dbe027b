/**
 * What makes an element misconfigured (`civic-error` code `config`), and the one warning per
 * cause that tells the webmaster how to fix it. The reader only sees a neutral sentence
 * (i18n `errors.config`); the console says what is wrong, the fix and where the README says so.
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

/** One misconfiguration: `cause` names it (one warning per cause per page), `text` says what and how. */
export interface ConfigProblem {
  cause: 'src' | 'proxy' | 'format' | 'refresh' | 'timeout' | 'placeholder';
  text: string;
}

/** The attributes a configuration check reads (a subset of CivicAttributes). */
export interface ConfigInput {
  localName: string;
  src: string;
  format: string;
  proxy: string;
  refresh: number;
  timeout: number;
}

/**
 * Seconds between refreshes: 0 for never, else within REFRESH_MIN…REFRESH_MAX (values between
 * 0 and the minimum are raised to it); undefined for a value that is an error.
 */
export function refreshSeconds(value: unknown): number | undefined {
  const seconds = Number(value ?? 0);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > REFRESH_MAX) return undefined;
  return seconds === 0 ? 0 : Math.max(seconds, REFRESH_MIN);
}

/** Milliseconds to wait for a feed, or undefined for a value that is an error (not above 0, above TIMEOUT_MAX, not a number). */
export function timeoutMs(value: unknown): number | undefined {
  const seconds = value === undefined || value === null ? TIMEOUT_DEFAULT : Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > TIMEOUT_MAX) return undefined;
  return Math.max(seconds, 0.05) * 1000;
}

/**
 * The first thing wrong with an element's configuration, or undefined. A missing `src` counts
 * only once `srcDue`: a page or framework may set `src` or `.articles` just after connecting.
 */
export function configProblem(el: ConfigInput, srcDue: boolean): ConfigProblem | undefined {
  const tag = `<${el.localName}>`;
  const format = (el.format || 'auto').trim();
  if (!FORMATS.includes(format))
    return { cause: 'format', text: `${tag} has format="${format}", which is not one of ${FORMATS.join(', ')}. Use one of them, or leave format out to detect it.` };
  const proxy = (el.proxy ?? '').trim();
  if (proxy && !validProxy(proxy))
    return { cause: 'proxy', text: `${tag} has proxy="${proxy}", which is not an address with {url} in it. Write where the feed address goes, e.g. proxy="https://proxy.example.org/?url={url}".` };
  if (refreshSeconds(el.refresh) === undefined)
    return { cause: 'refresh', text: `${tag} has refresh="${el.refresh}". Use 0 (never) or a number of seconds from ${REFRESH_MIN} to ${REFRESH_MAX} (a day).` };
  if (timeoutMs(el.timeout) === undefined)
    return { cause: 'timeout', text: `${tag} has timeout="${el.timeout}". Use a number of seconds above 0 and at most ${TIMEOUT_MAX}, or leave timeout out (${TIMEOUT_DEFAULT}).` };
  if (srcDue && !el.src?.trim()) return { cause: 'src', text: `${tag} has no src. Set src to the feed's address (or set the articles property).` };
  return undefined;
}

function validProxy(proxy: string): boolean {
  if (!proxy.includes('{url}')) return false;
  try {
    return /^https?:$/.test(new URL(proxy.replace('{url}', 'x'), document.baseURI).protocol);
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/** One console warning per cause per page, naming the cause, the fix and the README section. */
export function warnConfig(problem: ConfigProblem): void {
  if (warned.has(problem.cause)) return;
  warned.add(problem.cause);
  console.warn(`civic-news-widgets: ${problem.text} See the README, section "${problem.cause === 'placeholder' ? 'Quick start' : 'Attributes'}".`);
}
