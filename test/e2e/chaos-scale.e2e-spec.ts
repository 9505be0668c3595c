import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChaosReport } from '../../tools/chaos/chaos-run.js';
import { failuresOf, formatReport } from '../../tools/chaos/chaos-table.js';
import { runWithReference } from '../../tools/chaos/reference-run.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../tools/infra/index.js';
import { freshNamespace } from '../support/pipeline.js';

const notOwned = async (): Promise<never> => {
  throw new Error('the shared broker is not this test’s to stop');
};

/**
 * The short version of `npm run test:chaos -- --processors 3 --stores 2 --fetchers 2`: a few hundred articles,
 * with copies of stories among them, through three processors, two stores and two fetchers as real processes,
 * one kill -9 of one instance of each service while the stream flows; then nothing lost, nothing duplicated, no
 * instance dead, and the articles grouped into stories exactly as one instance of each service groups the same
 * stream. Both runs get databases of their own: the story index is durable, and a shared one would let each run
 * find the other's stories.
 */
describe('chaos with 3 processors, 2 stores and 2 fetchers: one kill -9 of each service during a stream', () => {
  const logDir = mkdtempSync(join(tmpdir(), 'news-chaos-scale-e2e-'));
  const server = process.env.DATABASE_URL!;
  const names = [freshNamespace('chaos_scale'), freshNamespace('chaos_scale_reference')].map((n) =>
    n.replace(/\W/g, '_'),
  );
  let report: ChaosReport;
  let reference: ChaosReport;

  beforeAll(async () => {
    for (const name of names) await createDatabase(server, name);
    const kafka = { brokers: process.env.KAFKA_BROKERS!.split(','), start: notOwned, stop: notOwned, kill: notOwned };
    ({ report, reference } = await runWithReference(
      {
        items: 600,
        rate: 6,
        seed: 5,
        killsPerService: 1,
        brokerRestarts: 0,
        brokerKills: 0,
        databaseOutages: 0,
        databaseOutageSeconds: 0,
        sessionTerminations: 0,
        sessionTerminationSeconds: 0,
        settleSeconds: 180,
        namespace: freshNamespace('e2e-chaos-scale'),
        source: 'chaos-scale',
        instances: { fetcher: 2, processor: 3, store: 2 },
      },
      { kafka, databaseUrl: databaseUrl(server, names[0]!), logDir, log: () => undefined },
      databaseUrl(server, names[1]!),
      50,
    ));
    process.stdout.write(formatReport(report, { kafka: 'the shared test broker', database: names[0]! }));
  }, 1_800_000);

  afterAll(async () => {
    for (const name of names) await dropDatabase(server, name).catch(() => undefined);
    rmSync(logDir, { recursive: true, force: true });
  }, 60_000);

  it('ran every instance on a port of its own and killed one instance of each service, the first while the stream flowed', () => {
    expect(report.instances.map((i) => i.label)).toEqual([
      'fetcher-1',
      'fetcher-2',
      'processor-1',
      'processor-2',
      'processor-3',
      'store-1',
      'store-2',
    ]);
    expect(new Set(report.instances.map((i) => i.url)).size).toBe(7);
    expect(report.events.map((e) => e.what.replace(/-\d$/, '-N')).sort()).toEqual([
      'kill -9 fetcher-N',
      'kill -9 processor-N',
      'kill -9 store-N',
    ]);
    // The next kill waits until the last one's instance answers again, which on a loaded machine (a restart took
    // 160 s at a load average of 50) can outlast the stream: later kills may land in the catch-up instead.
    expect(report.events[0]!.acknowledged).toBeLessThan(report.options.items);
  });

  it('stores every acknowledged article exactly once at its newest version, kills honoured, no instance dead', () => {
    for (const run of [reference, report]) {
      expect(run.comparison).toMatchObject({
        lost: 0,
        duplicatedRows: 0,
        duplicatedLinks: 0,
        wrongVersion: 0,
        unexpected: 0,
        storedRows: run.comparison.acknowledged,
      });
      expect(run.comparison.acknowledged).toBeGreaterThan(450);
      expect(run.crashes).toEqual([]);
      expect(failuresOf(run)).toEqual([]);
    }
  });

  it('groups the articles into stories exactly as one instance of each service does', () => {
    expect(report.stories).toMatchObject({ regrouped: 0, examples: [] });
    expect(report.stories!.articles).toBe(reference.comparison.storedRows);
    expect(report.stories!.sharedStories).toBeGreaterThan(30);
    expect(report.stories!.stories).toBe(report.stories!.referenceStories);
  });
});
