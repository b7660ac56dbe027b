// The one error type of the proxy: what went wrong, as the status a reader's browser gets.

/** A refusal or failure with the status the reader's browser gets. */
export class ProxyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** A stale copy may stand in (network errors, timeouts, upstream 5xx: RFC 5861). */
    readonly staleable = false,
  ) {
    super(message);
  }
}
