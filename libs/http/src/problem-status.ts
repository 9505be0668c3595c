import type { ErrorCode } from '@app/errors';

/** The HTTP status of each error code; the only place where codes meet HTTP. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  MALFORMED_XML: 400,
  XML_DTD_FORBIDDEN: 400,
  UNSUPPORTED_FORMAT: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN_SOURCE: 403,
  RATE_LIMITED: 429,
  BATCH_TOO_LARGE: 413,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  BROKER_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  UNDECODABLE_MESSAGE: 400,
  CONTRACT_VIOLATION: 400,
  PROCESSING_FAILED: 500,
  INTERNAL: 500,
};

/** Seconds a client should wait before retrying a retryable failure. */
export const RETRY_AFTER_SECONDS = 5;

/** Fastify's own errors (raised before Nest routing), mapped onto the catalogue. */
export const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
};
