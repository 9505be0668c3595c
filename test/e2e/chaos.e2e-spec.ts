import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChaos, type ChaosReport } from '../../tools/chaos/chaos-run.js';
import { failuresOf, formatReport } from '../../tools/chaos/chaos-table.js';
import { KafkaNode } from '../../tools/chaos/kafka-node.js';
import { freshNamespace } from '../support/pipeline.js';

/**
 * The short version of `npm run test:chaos`: a few thousand articles through the three services as real
 * processes, one kill -9 of each, a kill -9 of a broker this test owns (the shared one must stay up for the
 * other test files), a PostgreSQL outage through a cut TCP proxy and a burst of the server ending every session
 * of the services; then nothing lost, nothing duplicated, no service dead, every consumer group a fault stopped
 * consuming again. Recovery times are printed, and bounded only in the full run (`slowRecoveriesOf`): here they
 * measure how busy the machine is.
 */
describe('chaos: kill -9 of services and broker, database outage and terminated sessions during a stream', () => {
  const kafka = new KafkaNode();
  const logDir = mkdtempSync(join(tmpdir(), 'news-chaos-e2e-'));
  let report: ChaosReport;

  beforeAll(async () => {
    await kafka.start();
    report = await runChaos(
      {
        items: 4_500,
        rate: 150,
        seed: 7,
        killsPerService: 1,
        brokerRestarts: 0,
        brokerKills: 1,
        databaseOutages: 1,
        databaseOutageSeconds: 5,
        sessionTerminations: 1,
        sessionTerminationSeconds: 5,
        settleSeconds: 90,
        namespace: freshNamespace('e2e-chaos'),
      },
      { kafka, databaseUrl: process.env.DATABASE_URL!, logDir, log: () => undefined },
    );
    process.stdout.write(formatReport(report, { kafka: kafka.describe, database: 'the test database' }));
  }, 540_000);

  afterAll(async () => {
    await kafka.destroy();
    rmSync(logDir, { recursive: true, force: true });
  }, 60_000);

  it('injected every planned fault while the stream flowed', () => {
    expect(report.events.map((e) => e.what).sort()).toEqual([
      'PostgreSQL ends every session',
      'PostgreSQL outage (cut TCP link)',
      'kill -9 fetcher',
      'kill -9 processor',
      'kill -9 store',
      'kill -9 the Kafka broker, restart it',
    ]);
    expect(report.comparison.acknowledged).toBeGreaterThan(3_000);
  });

  it('sees each consumer group a fault stopped consume again (the time is printed, not bounded here)', () => {
    const stopping = report.events.filter((e) => e.what !== 'kill -9 fetcher');
    expect(stopping.map((e) => [e.what, typeof e.consumingSeconds])).toEqual(stopping.map((e) => [e.what, 'number']));
  });

  it('stores every acknowledged article exactly once at its newest version, kills honoured', () => {
    expect(report.comparison).toMatchObject({
      lost: 0,
      duplicatedRows: 0,
      duplicatedLinks: 0,
      wrongVersion: 0,
      unexpected: 0,
      storedRows: report.comparison.acknowledged,
    });
    expect(report.comparison.killsHonoured).toBe(report.comparison.killsAcknowledged);
  });

  it('dead-letters the injected poison and nothing else, and no service dies by itself', () => {
    expect(report.topics.otherDeadLetters).toBe(0);
    expect(report.topics.poisonDeadLettered).toBe(report.topics.poisonInjected);
    expect(report.crashes).toEqual([]);
    expect(failuresOf(report)).toEqual([]);
  });
});
