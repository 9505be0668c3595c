import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChaos, type ChaosReport } from '../../tools/chaos/chaos-run.js';
import { failuresOf, formatReport } from '../../tools/chaos/chaos-table.js';
import { freshNamespace } from '../support/pipeline.js';

const notOwned = async (): Promise<never> => {
  throw new Error('the shared broker is not this test’s to stop');
};

/**
 * The server ends every session of the three services (as `pg_terminate_backend` does in a failover or a
 * connection-pooler restart) every 10 ms, in two bursts, while a stream of articles flows through them as real
 * processes. Each used to die of an unhandled 'error' event from pg; now each stays up, turns ready again within
 * seconds, and stores every acknowledged article once without dead-lettering any.
 */
describe('the database ends every session of the services repeatedly during a stream (real processes)', () => {
  const logDir = mkdtempSync(join(tmpdir(), 'news-sessions-e2e-'));
  let report: ChaosReport;

  beforeAll(async () => {
    const kafka = { brokers: process.env.KAFKA_BROKERS!.split(','), start: notOwned, stop: notOwned, kill: notOwned };
    report = await runChaos(
      {
        items: 2_000,
        rate: 150,
        seed: 11,
        killsPerService: 0,
        brokerRestarts: 0,
        brokerKills: 0,
        databaseOutages: 0,
        databaseOutageSeconds: 0,
        sessionTerminations: 2,
        sessionTerminationSeconds: 4,
        settleSeconds: 60,
        namespace: freshNamespace('e2e-sessions'),
        // The short chaos run shares the test database and posts as chaos-wire.
        source: 'chaos-sessions',
      },
      { kafka, databaseUrl: process.env.DATABASE_URL!, logDir, log: () => undefined },
    );
    process.stdout.write(formatReport(report, { kafka: 'the shared test broker', database: 'the test database' }));
  }, 240_000);

  afterAll(() => rmSync(logDir, { recursive: true, force: true }));

  it('ended the services’ sessions twice while the stream flowed, and no service exited', () => {
    expect(report.events.map((e) => e.what)).toEqual([
      'PostgreSQL ends every session',
      'PostgreSQL ends every session',
    ]);
    expect(report.crashes).toEqual([]);
  });

  it('stores every acknowledged article exactly once and dead-letters none but the poison', () => {
    expect(report.comparison).toMatchObject({ lost: 0, duplicatedRows: 0, duplicatedLinks: 0, wrongVersion: 0 });
    expect(report.comparison.storedRows).toBe(report.comparison.acknowledged);
    expect(report.topics.otherDeadLetters).toBe(0);
    expect(failuresOf(report)).toEqual([]);
  });
});
