import { sessionLossReporter } from './guarded-client.js';

describe('sessionLossReporter', () => {
  it('reports the first lost session at once and the rest as a count every few seconds', () => {
    const lines: string[] = [];
    let now = 0;
    const report = sessionLossReporter({ warn: (line) => lines.push(line) }, () => now);
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    report(terminated);
    for (let i = 0; i < 99; i++) report(terminated);
    now = 5_000;
    report(terminated);
    expect(lines).toEqual([
      'database session lost, it will be replaced: terminating connection due to administrator command (57P01)',
      'database session lost, it will be replaced: terminating connection due to administrator command (57P01); 99 more since the last report',
    ]);
  });
});
