import {
  DEFAULT_SOURCE,
  runChaos,
  type ChaosInfrastructure,
  type ChaosOptions,
  type ChaosReport,
} from './chaos-run.js';
import { compareStories, readStoryPartition } from './story-partition.js';

const NO_FAULTS = {
  killsPerService: 0,
  brokerRestarts: 0,
  brokerKills: 0,
  databaseOutages: 0,
  sessionTerminations: 0,
} as const;

/**
 * The run as asked, preceded by its reference: the same planned stream (same seed and length) through one
 * instance of each service with no fault, into a database of its own (the story index is durable, so a shared
 * one would let each run find the other's stories). The run's report then carries the comparison of the two
 * groupings into stories; the reference's own report is returned too, since it must be clean as well.
 */
export async function runWithReference(
  options: ChaosOptions,
  infra: ChaosInfrastructure,
  referenceDatabaseUrl: string,
  /** Items per second the reference is offered (the run's rate by default): its grouping does not depend on it. */
  referenceRate = options.rate,
): Promise<{ report: ChaosReport; reference: ChaosReport }> {
  infra.log('reference: the same stream through one instance of each service, no faults');
  const reference = await runChaos(
    {
      ...options,
      ...NO_FAULTS,
      rate: referenceRate,
      instances: { fetcher: 1, processor: 1, store: 1 },
      namespace: `${options.namespace}-reference`,
    },
    { ...infra, databaseUrl: referenceDatabaseUrl, log: (line) => infra.log(`reference: ${line}`) },
  );
  const report = await runChaos(options, infra);
  const source = options.source ?? DEFAULT_SOURCE;
  const [expected, actual] = await Promise.all(
    [referenceDatabaseUrl, infra.databaseUrl].map((url) => readStoryPartition(url, source)),
  );
  return { report: { ...report, stories: compareStories(expected!, actual!) }, reference };
}
