import { nextPollDelaySeconds, retryAfterSeconds } from './feed-schedule.js';

const limits = { minIntervalSeconds: 60, maxBackoffSeconds: 3600 };

describe('nextPollDelaySeconds', () => {
  it('waits the interval after a success, never less than the floor', () => {
    expect(nextPollDelaySeconds({ intervalSeconds: 300, failures: 0 }, limits)).toBe(300);
    expect(nextPollDelaySeconds({ intervalSeconds: 5, failures: 0 }, limits)).toBe(60);
  });

  it('honours a longer RSS ttl, capped', () => {
    expect(nextPollDelaySeconds({ intervalSeconds: 300, failures: 0, ttlMinutes: 30 }, limits)).toBe(1800);
    expect(nextPollDelaySeconds({ intervalSeconds: 300, failures: 0, ttlMinutes: 1 }, limits)).toBe(300);
    expect(nextPollDelaySeconds({ intervalSeconds: 300, failures: 0, ttlMinutes: 100_000 }, limits)).toBe(3600);
  });

  it('backs off exponentially with equal jitter, up to the cap', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(
      [1, 2, 3, 4].map((failures) => nextPollDelaySeconds({ intervalSeconds: 300, failures }, limits, high)),
    ).toEqual([300, 600, 1200, 2400]);
    expect(
      [1, 2, 3, 4].map((failures) => nextPollDelaySeconds({ intervalSeconds: 300, failures }, limits, low)),
    ).toEqual([150, 300, 600, 1200]);
    expect(nextPollDelaySeconds({ intervalSeconds: 300, failures: 40 }, limits, high)).toBe(3600);
    expect(nextPollDelaySeconds({ intervalSeconds: 60, failures: 1 }, limits, low)).toBe(60);
  });

  it('never retries before Retry-After, but caps a hostile one', () => {
    expect(nextPollDelaySeconds({ intervalSeconds: 60, failures: 1, retryAfterSeconds: 900 }, limits, () => 0)).toBe(
      900,
    );
    expect(
      nextPollDelaySeconds({ intervalSeconds: 60, failures: 1, retryAfterSeconds: 10 ** 9 }, limits, () => 0),
    ).toBe(3600);
  });

  it('keeps a feed interval longer than the backoff cap', () => {
    expect(nextPollDelaySeconds({ intervalSeconds: 7200, failures: 3 }, limits, () => 0.999999)).toBe(7200);
  });
});

describe('retryAfterSeconds', () => {
  const now = new Date('2026-12-01T06:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Tue, 01 Dec 2026 06:02:00 GMT', now)).toBe(120);
    expect(retryAfterSeconds('Tue, 01 Dec 2026 05:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(retryAfterSeconds(undefined, now)).toBeUndefined();
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
  });
});
