import { AppError } from '@app/errors';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows the burst, then refills at the configured rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 20, () => now);
    limiter.take('tass', 20);
    expect(() => limiter.take('tass', 1)).toThrow(AppError);
    now = 500;
    limiter.take('tass', 5);
    expect(() => limiter.take('tass', 1)).toThrow(AppError);
  });

  it('keeps sources apart and says when to retry', () => {
    const limiter = new RateLimiter(10, 10, () => 0);
    limiter.take('tass', 10);
    limiter.take('ria', 10);
    try {
      limiter.take('tass', 5);
      throw new Error('expected RATE_LIMITED');
    } catch (error) {
      expect(error).toMatchObject({ code: 'RATE_LIMITED', meta: { retryAfterSeconds: 0.5 } });
    }
  });
});
