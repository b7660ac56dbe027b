import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError } from '../../feeds/errors.js';
import type { Messages } from '../../i18n/index.js';
import type { WidgetState } from './attributes.js';

/** What the status line says, and whether it is for screen readers only. */
export interface StatusText {
  text: string;
  quiet: boolean;
}

/** Where a Retry stands: pressed and loading, or just succeeded. */
export type RetryStep = '' | 'retrying' | 'retried';

/** The readable message for a feed error, in the reader's language. */
export function errorText(error: FeedError, m: Messages): string {
  if (error.code === 'network' && error.details.offline) return m.offline;
  const reason = error.details.reason;
  if (reason) return m[reason];
  if (error.code === 'http' && error.details.status) return m.httpStatus(error.details.status);
  if (error.code === 'format' && error.details.isWebPage) return m.webPage(error.details.feedUrl);
  return m.errors[error.code];
}

/**
 * The one message of the live region for a state. A background refresh of data already on
 * screen says nothing (a reader should not hear "Loading…" every few minutes); a Retry the
 * reader pressed says "Loading…" and then how it went.
 */
export function statusText(state: WidgetState, count: number, error: FeedError | undefined, retry: RetryStep, m: Messages, empty = m.empty): StatusText {
  const quiet = false;
  if (state === 'error' && error) return { text: count ? `${errorText(error, m)} ${m.keptData}` : errorText(error, m), quiet };
  // With nothing on screen the skeleton shows the loading; the words are for screen readers, and
  // take no line that would vanish (and move the page) when the articles come (issue 13).
  if (state === 'loading') return { text: count && retry !== 'retrying' ? '' : m.loading, quiet: !count };
  if (!count) return { text: empty, quiet };
  if (retry === 'retried') return { text: m.loaded(count), quiet: true };
  return { text: '', quiet };
}

/**
 * The notice under the articles: a live region that is always in the DOM (so each change is
 * announced once, and re-renders that change nothing touch nothing), and the Retry button
 * beside it, outside the live region, so the button is not read with every announcement.
 * While a retry runs the button stays, so the keyboard focus on it is not lost.
 */
export function renderNotice(status: StatusText, error: boolean, showRetry: boolean, m: Messages, onRetry: () => void): TemplateResult {
  return html`<div class=${error ? 'notice error' : 'notice'} part=${error ? 'error' : nothing}>
    <p class=${status.quiet ? 'message visually-hidden' : 'message'} part="status" role="status" aria-live="polite" lang=${m.lang}>${status.text || nothing}</p>
    ${showRetry ? html`<button type="button" part="retry" lang=${m.lang} @click=${onRetry}>${m.retry}</button>` : nothing}
  </div>`;
}
