import { checkHealth, type HealthIndicator } from './health.js';

describe('checkHealth', () => {
  it('reuses the check of an indicator still running instead of starting another', async () => {
    let calls = 0;
    let finish: (details: Record<string, unknown>) => void = () => undefined;
    const slow: HealthIndicator = {
      name: 'slow',
      check: () => {
        calls++;
        return new Promise((resolve) => (finish = resolve));
      },
    };
    const first = checkHealth([slow]);
    const second = checkHealth([slow]);
    finish({ answered: true });
    const reports = await Promise.all([first, second]);
    expect(calls).toBe(1);
    expect(reports.map((r) => r.checks.slow?.details)).toEqual([{ answered: true }, { answered: true }]);

    // Once it has ended, the next probe checks again.
    const third = checkHealth([slow]);
    finish({ answered: 'again' });
    await expect(third).resolves.toMatchObject({ status: 'ok' });
    expect(calls).toBe(2);
  });

  it('reports a failing check as down and the service as unavailable', async () => {
    const broken: HealthIndicator = { name: 'db', check: () => Promise.reject(new Error('no answer')) };
    const report = await checkHealth([broken]);
    expect(report.status).toBe('unavailable');
    expect(report.checks.db).toMatchObject({ status: 'down', error: 'no answer' });
  });
});
