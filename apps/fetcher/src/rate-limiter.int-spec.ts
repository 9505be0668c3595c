import { loadConfig } from '@app/config';
import { connectDataSource, createDataSource } from '@app/database';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { FETCHER_DATABASE } from './fetcher.database.js';
import { RateLimiter } from './rate-limiter.js';

/** Takes `cost` and says whether it was granted; any error but RATE_LIMITED fails the test. */
async function granted(limiter: RateLimiter, source: string, cost = 1): Promise<boolean> {
  try {
    await limiter.take(source, cost);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== 'RATE_LIMITED') throw error;
    return false;
  }
}

describe('RateLimiter shared through PostgreSQL by two fetcher instances', () => {
  const config = loadConfig({ ...process.env, INTAKE_RATE_PER_SECOND: '1', INTAKE_RATE_BURST: '10' });
  const fetchers: { dataSource: DataSource; limiter: RateLimiter }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const dataSource = await connectDataSource(() => createDataSource(config.database, FETCHER_DATABASE), {
        migrationsRun: i === 0,
        log: console,
      });
      fetchers.push({ dataSource, limiter: new RateLimiter(dataSource, config) });
    }
  });

  afterAll(async () => Promise.all(fetchers.map((f) => f.dataSource.destroy())));

  it('grants a source its burst once across both instances, not once per instance', async () => {
    const source = `src-${randomUUID()}`;
    const started = performance.now();
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => granted(fetchers[i % 2]!.limiter, source)));
    const refilled = Math.ceil((performance.now() - started) / 1000);
    const taken = outcomes.filter(Boolean).length;
    expect(taken).toBeGreaterThanOrEqual(10);
    expect(taken).toBeLessThanOrEqual(10 + refilled);
  });

  it('refills for the time since the bucket was last touched, and says when to retry', async () => {
    const source = `src-${randomUUID()}`;
    expect(await granted(fetchers[0]!.limiter, source, 10)).toBe(true);
    await fetchers[0]!.dataSource.query(
      `UPDATE intake_rate_buckets SET updated_at = updated_at - interval '4 seconds' WHERE source = $1`,
      [source],
    );
    expect(await granted(fetchers[1]!.limiter, source, 4)).toBe(true);
    await expect(fetchers[0]!.limiter.take(source, 5)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      meta: { retryAfterSeconds: expect.closeTo(5, 0) },
    });
  });

  it('keeps sources apart and refuses a batch larger than the burst without taking anything', async () => {
    const [a, b] = [`src-${randomUUID()}`, `src-${randomUUID()}`];
    expect(await granted(fetchers[0]!.limiter, a, 11)).toBe(false);
    expect(await granted(fetchers[0]!.limiter, a, 10)).toBe(true);
    expect(await granted(fetchers[1]!.limiter, b, 10)).toBe(true);
    expect(await granted(fetchers[1]!.limiter, a, 1)).toBe(false);
  });
});
