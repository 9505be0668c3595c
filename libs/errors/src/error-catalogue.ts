/**
 * Every error the pipeline reports, by stable code. HTTP statuses are assigned by the HTTP layer
 * (`@app/http`), dead-letter reasons by the messaging layer; both read `retryable` from here.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { retryable: false, title: 'The input does not match the contract' },
  MALFORMED_BODY: { retryable: false, title: 'The request body cannot be parsed' },
  MALFORMED_XML: { retryable: false, title: 'The XML document is not well-formed' },
  XML_DTD_FORBIDDEN: { retryable: false, title: 'XML documents with a DTD or custom entities are refused' },
  XML_TOO_COMPLEX: { retryable: false, title: 'The XML document is nested too deeply or has too many elements' },
  UNSUPPORTED_MEDIA_TYPE: { retryable: false, title: 'The content type is not supported' },
  UNSUPPORTED_FORMAT: { retryable: false, title: 'The document format is not recognised' },
  NOT_ACCEPTABLE: { retryable: false, title: 'The response cannot be written in any format the Accept header names' },
  PAYLOAD_TOO_LARGE: { retryable: false, title: 'The request body is too large' },
  UNAUTHENTICATED: { retryable: false, title: 'A valid API key is required' },
  FORBIDDEN_SOURCE: { retryable: false, title: 'This API key may not act for that source' },
  FORBIDDEN_SCOPE: { retryable: false, title: 'This API key does not have the scope the route needs' },
  RATE_LIMITED: { retryable: true, title: 'Too many articles from this source; slow down' },
  BATCH_TOO_LARGE: { retryable: false, title: 'The batch has more articles than allowed' },
  TOO_MANY_FEEDS: { retryable: false, title: 'The source has registered as many feeds as allowed' },
  FEED_PAUSED: { retryable: false, title: 'The feed is paused; resume it first' },
  NOT_FOUND: { retryable: false, title: 'The resource does not exist' },
  ROUTE_NOT_FOUND: { retryable: false, title: 'No such route' },
  MALFORMED_REQUEST: { retryable: false, title: 'The request is not valid HTTP' },
  MALFORMED_URL: { retryable: false, title: 'The URL is not validly percent-encoded' },
  URI_TOO_LONG: { retryable: false, title: 'A path segment is longer than allowed' },
  HEADERS_TOO_LARGE: { retryable: false, title: 'The request line and headers are larger than allowed' },
  REQUEST_TIMEOUT: { retryable: true, title: 'The request did not arrive in time' },
  EXPECTATION_FAILED: { retryable: false, title: 'The only expectation supported is 100-continue' },
  BROKER_UNAVAILABLE: { retryable: true, title: 'The message broker is unavailable' },
  DATABASE_UNAVAILABLE: { retryable: true, title: 'The database is unavailable' },
  UPSTREAM_UNAVAILABLE: { retryable: true, title: 'A pipeline service the console reads did not answer' },
  SHUTTING_DOWN: { retryable: true, title: 'The service is shutting down; send to another instance or retry' },
  UNDECODABLE_MESSAGE: { retryable: false, title: 'The message is not valid UTF-8 JSON' },
  CONTRACT_VIOLATION: { retryable: false, title: 'The message does not match its topic contract' },
  PROCESSING_FAILED: { retryable: false, title: 'The message could not be processed' },
  INTERNAL: { retryable: false, title: 'Internal error' },
} as const satisfies Record<string, { retryable: boolean; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
