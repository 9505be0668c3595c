import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';

/** One problem in the input, named by the path of the offending field. */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * The one error type services throw. `code` is stable and documented; `retryable` comes from the
 * catalogue so that callers and the failure policy agree on what a retry can fix.
 *
 * @example
 * throw new AppError('VALIDATION_FAILED', 'publishedAt is not an ISO 8601 date', { issues });
 */
export class AppError extends Error {
  readonly retryable: boolean;
  readonly issues: readonly FieldIssue[];
  readonly meta: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { issues?: FieldIssue[]; meta?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.retryable = ERROR_CATALOGUE[code].retryable;
    this.issues = options.issues ?? [];
    this.meta = options.meta ?? {};
  }
}

/** True for an `AppError` carrying one of the given codes. */
export function isAppError(error: unknown, ...codes: ErrorCode[]): error is AppError {
  return error instanceof AppError && (codes.length === 0 || codes.includes(error.code));
}
