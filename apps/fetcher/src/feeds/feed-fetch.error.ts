/**
 * Why fetching a feed failed or was not tried. These codes are recorded as the feed's `lastErrorCode` (and, at
 * registration, explain a refused URL); they are not HTTP answers of this service, so they live apart from the
 * catalogue.
 */
export const FEED_ERROR_CODES = {
  FEED_URL_INVALID: 'The feed URL is not an absolute http(s) URL without credentials',
  FEED_ADDRESS_REFUSED: 'The feed host is or resolves to a loopback, private, link-local, reserved or metadata address',
  FEED_DNS_FAILED: 'The feed host name did not resolve',
  FEED_CONNECT_FAILED: 'The connection to the feed host failed',
  FEED_TIMEOUT: 'The feed did not answer (headers or whole body) in time',
  FEED_TOO_LARGE: 'The feed body is larger than allowed',
  FEED_TOO_MANY_REDIRECTS: 'The feed redirected too often',
  FEED_HTTP_STATUS: 'The feed answered with an error status',
  SOURCE_REVOKED: 'The source has no unrevoked API key, so its feeds are not polled until it gets one',
} as const;

export type FeedErrorCode = keyof typeof FEED_ERROR_CODES;

/** A failed fetch; `retryAfterSeconds` carries the server's `Retry-After`, when it sent one. */
export class FeedFetchError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}
