/**
 * The error codes of DESIGN.md. `cors`: the server answered, but does not allow this page to
 * read the answer (no `Access-Control-Allow-Origin` for it).
 */
export type FeedErrorCode = 'network' | 'cors' | 'http' | 'timeout' | 'parse' | 'format';

/** A failure to fetch or read a feed, with a code the elements turn into a readable message. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly details: { status?: number; feedUrl?: string; isWebPage?: boolean; offline?: boolean } = {},
  ) {
    super(message);
  }
}
