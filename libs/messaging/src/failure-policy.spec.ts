import { AppError } from '@app/errors';
import {
  backoffMs,
  errorCodeOf,
  failureJudge,
  isRetryable,
  UNKNOWN_ERROR_ATTEMPTS,
  verdictFor,
} from './failure-policy.js';
import { INFRASTRUCTURE_ERRORS } from './infrastructure-errors.fixture.js';

/** mulberry32: a seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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

  it('backs off exponentially with jitter, capped at 5 s', () => {
    expect(backoffMs(1, () => 0.5)).toBe(200);
    expect(backoffMs(4, () => 0.5)).toBe(1_600);
    expect(backoffMs(40, () => 1)).toBe(6_000);
    expect(backoffMs(40, () => 0)).toBe(4_000);
  });

  it('records catalogue codes, and PROCESSING_FAILED for anything else', () => {
    expect(errorCodeOf(new AppError('UNDECODABLE_MESSAGE', 'x'))).toBe('UNDECODABLE_MESSAGE');
    expect(errorCodeOf(new RangeError('x'))).toBe('PROCESSING_FAILED');
  });

  describe('dead letters are for content only', () => {
    it.each(INFRASTRUCTURE_ERRORS.map((error) => [String((error as Error).message).slice(0, 60), error]))(
      'retries "%s" however many times it comes',
      (_, error) => {
        expect(isRetryable(error)).toBe(true);
        expect(verdictFor(error, 1_000_000)).toBe('retry');
      },
    );

    it('never dead-letters during an outage of any length, whatever mix of failures and bugs it brings', () => {
      const random = seeded(20);
      for (let run = 0; run < 500; run++) {
        const judge = failureJudge();
        let unknownLeft = Math.floor(random() * UNKNOWN_ERROR_ATTEMPTS);
        const length = 1 + Math.floor(random() * 400);
        for (let i = 0; i < length; i++) {
          const bug = unknownLeft > 0 && random() < 0.05;
          if (bug) unknownLeft--;
          const error = bug
            ? new TypeError('x')
            : INFRASTRUCTURE_ERRORS[Math.floor(random() * INFRASTRUCTURE_ERRORS.length)];
          expect(judge(error)).toBe('retry');
        }
      }
    });

    it('still dead-letters what the database refuses for its content', async () => {
      const { QueryFailedError } = await import('typeorm');
      const tooLong = Object.assign(new Error('value too long for type character varying(10)'), { code: '22001' });
      expect(verdictFor(new QueryFailedError('INSERT …', [], tooLong), 1)).toBe('dead-letter');
    });
  });
});
