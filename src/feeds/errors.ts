/**
 * The error codes of `civic-error` (README, Events). `cors`: the server answered, but does not
 * allow this page to read the answer (no `Access-Control-Allow-Origin` for it). `config`: the
 * element itself is misconfigured (no `src`, a `proxy` without `{url}`, an unknown `format` or
 * placeholder name, `refresh` or `timeout` out of range); nothing was fetched.
 */
export type FeedErrorCode = 'network' | 'cors' | 'http' | 'timeout' | 'parse' | 'format' | 'config';

/** A failure to fetch or read a feed, with a code the elements turn into a readable message. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly details: {
      status?: number;
      feedUrl?: string;
      isWebPage?: boolean;
      offline?: boolean;
      /** What went wrong, when the code alone does not say it. */
      reason?: 'redirects' | 'reset' | 'tooLarge';
      /** Milliseconds the server asked to wait (`Retry-After`). */
      retryAfter?: number;
    } = {},
  ) {
    super(message);
  }
}
