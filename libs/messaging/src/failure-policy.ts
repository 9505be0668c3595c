import { toDatabaseError } from '@app/database';
import { AppError } from '@app/errors';

/**
 * kafkajs errors that mean the broker was out of reach, however kafkajs flags them: once its own retries are used up
 * it raises `KafkaJSNumberOfRetriesExceeded` with `retriable: false`, yet the broker's absence is no message's fault.
 */
const BROKER_OUTAGE_ERRORS = new Set([
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSLockTimeout',
  'KafkaJSTimeout',
]);

/** How many times an error of unknown nature is retried before it is treated as deterministic. */
export const UNKNOWN_ERROR_ATTEMPTS = 3;

/**
 * Whether retrying can fix `error`: `true` for broker or database outages, `false` for errors that will
 * recur on every attempt, `undefined` when the error does not say. A driver's error that escaped its repository's
 * mapping is judged as the repository would have (socket errors too, whoever raised them), so a lost database session never counts as unknown: three
 * unknown errors in a row dead-letter, and an infrastructure failure must never dead-letter what the broker holds.
 */
export function isRetryable(error: unknown): boolean | undefined {
  const mapped = toDatabaseError(error);
  if (mapped instanceof AppError) return mapped.retryable;
  if (typeof error !== 'object' || error === null) return undefined;
  const { retriable, name } = error as { retriable?: unknown; name?: unknown };
  if (typeof name === 'string' && BROKER_OUTAGE_ERRORS.has(name)) return true;
  if (typeof retriable === 'boolean' && retriable) return true;
  return undefined;
}

export type Verdict = 'retry' | 'dead-letter';

/**
 * The failure policy: transient failures are retried without limit (nothing is skipped while the database or
 * broker is down); deterministic ones go to the dead-letter topic; unknown ones get a few attempts first.
 */
export function verdictFor(error: unknown, attempt: number): Verdict {
  const retryable = isRetryable(error);
  if (retryable === true) return 'retry';
  if (retryable === false) return 'dead-letter';
  return attempt < UNKNOWN_ERROR_ATTEMPTS ? 'retry' : 'dead-letter';
}

/**
 * Verdicts for one batch's successive failures. Only failures of unknown nature use up the attempts an unknown
 * error gets: a batch that waited out a long database outage still has them all when its first unknown error comes.
 */
export function failureJudge(): (error: unknown) => Verdict {
  let unknown = 0;
  return (error) => {
    if (isRetryable(error) === undefined) unknown++;
    return verdictFor(error, unknown);
  };
}

/**
 * Exponential backoff with ±20 % jitter, from 200 ms up to 5 s. A retry costs one query or one produce, while a longer
 * wait would be added to every outage: a batch that backed off 30 s left the store idle that long after the
 * database came back.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5_000, 200 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The stable code recorded with a dead letter. */
export function errorCodeOf(error: unknown): string {
  return error instanceof AppError ? error.code : 'PROCESSING_FAILED';
}
