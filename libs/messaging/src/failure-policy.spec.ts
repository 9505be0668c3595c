import { AppError } from '@app/errors';
import { backoffMs, errorCodeOf, isRetryable, UNKNOWN_ERROR_ATTEMPTS, verdictFor } from './failure-policy.js';

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
