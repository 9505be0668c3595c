import { AppError } from '@app/errors';
import {
  backoffMs,
  errorCodeOf,
  failureJudge,
  isRetryable,
  UNKNOWN_ERROR_ATTEMPTS,
  verdictFor,
} from './failure-policy.js';

describe('failure policy', () => {
  it('retries outages without limit', () => {
    const outage = new AppError('DATABASE_UNAVAILABLE', 'down');
    expect(verdictFor(outage, 1)).toBe('retry');
    expect(verdictFor(outage, 10_000)).toBe('retry');
    expect(verdictFor(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }), 50)).toBe('retry');
    expect(verdictFor(Object.assign(new Error('kafkajs'), { retriable: true }), 50)).toBe('retry');
  });

  it('dead-letters deterministic errors at once', () => {
    expect(verdictFor(new AppError('CONTRACT_VIOLATION', 'bad'), 1)).toBe('dead-letter');
  });

  it('gives unknown errors a few attempts before dead-lettering them', () => {
    const bug = new TypeError('undefined is not a function');
    expect(isRetryable(bug)).toBeUndefined();
    expect(verdictFor(bug, UNKNOWN_ERROR_ATTEMPTS - 1)).toBe('retry');
    expect(verdictFor(bug, UNKNOWN_ERROR_ATTEMPTS)).toBe('dead-letter');
  });

  it('counts only unknown errors towards their attempts, however long an outage came before', () => {
    const judge = failureJudge();
    const outage = new AppError('DATABASE_UNAVAILABLE', 'down');
    const bug = new TypeError('x');
    for (let i = 0; i < 10; i++) expect(judge(outage)).toBe('retry');
    for (let i = 1; i < UNKNOWN_ERROR_ATTEMPTS; i++) expect(judge(bug)).toBe('retry');
    expect(judge(outage)).toBe('retry');
    expect(judge(bug)).toBe('dead-letter');
  });

  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(backoffMs(1, () => 0.5)).toBe(200);
    expect(backoffMs(4, () => 0.5)).toBe(1_600);
    expect(backoffMs(40, () => 1)).toBe(36_000);
    expect(backoffMs(40, () => 0)).toBe(24_000);
  });

  it('records catalogue codes, and PROCESSING_FAILED for anything else', () => {
    expect(errorCodeOf(new AppError('UNDECODABLE_MESSAGE', 'x'))).toBe('UNDECODABLE_MESSAGE');
    expect(errorCodeOf(new RangeError('x'))).toBe('PROCESSING_FAILED');
  });
});
