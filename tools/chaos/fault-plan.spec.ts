import { planFaults } from './fault-plan.js';
import { seededRandom } from './seeded-random.js';

describe('planFaults', () => {
  const counts = { killsPerService: 2, brokerRestarts: 1, brokerKills: 1, databaseOutages: 1, sessionTerminations: 1 };

  it('plans every fault once, in increasing moments inside the stream', () => {
    const plan = planFaults(counts, seededRandom(1));
    expect(plan).toHaveLength(10);
    expect(plan.filter((p) => p.fault.kind === 'kill')).toHaveLength(6);
    const moments = plan.map((p) => p.atProgress);
    expect(moments).toEqual([...moments].sort((a, b) => a - b));
    expect(Math.min(...moments)).toBeGreaterThanOrEqual(0.05);
    expect(Math.max(...moments)).toBeLessThanOrEqual(0.9);
  });

  it('is the same plan for the same seed and another for another seed', () => {
    expect(planFaults(counts, seededRandom(5))).toEqual(planFaults(counts, seededRandom(5)));
    expect(planFaults(counts, seededRandom(5))).not.toEqual(planFaults(counts, seededRandom(6)));
  });
});
