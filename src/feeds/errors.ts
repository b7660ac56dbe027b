/** The error codes of `civic-error` (README, Events). */
export type FeedErrorCode = 'network' | 'http' | 'timeout' | 'parse' | 'format';

/** A failure to fetch or read a feed, with a code the elements turn into a readable message. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly details: { status?: number; feedUrl?: string; isWebPage?: boolean } = {},
  ) {
    super(message);
  }
}
