import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import type { InstanceCounts } from '../bench/instances.js';
import { TcpLink } from '../infra/index.js';
import { ArticleStream } from './article-stream.js';
import type { FaultCounts } from './fault-plan.js';
import { runFaults, type FaultEvent } from './fault-runner.js';
import { GroupProgress } from './group-progress.js';
import type { KafkaNode } from './kafka-node.js';
import { injectPoison, pipelineTopics, type TopicCounts } from './pipeline-topics.js';
import { withApplicationName } from './session-terminator.js';
import { compareWithStore, isSettled, type Comparison } from './stored-state.js';
import { StoreProgress } from './store-progress.js';
import { ServiceInstances } from './service-instances.js';
export type { FaultEvent } from './fault-runner.js';
import type { StoryComparison } from './story-partition.js';
import { planStream } from './stream-plan.js';

export interface ChaosOptions extends FaultCounts {
  items: number;
  rate: number;
  seed: number;
  databaseOutageSeconds: number;
  /** How long each burst of session terminations lasts (one every 10 ms). */
  sessionTerminationSeconds: number;
  settleSeconds: number;
  namespace: string;
  /** The source the stream posts as, `chaos-wire` by default: runs sharing one database must differ. */
  source?: string;
  /** Instances of each service (one of each by default); a planned kill strikes one of them, chosen at random. */
  instances?: InstanceCounts;
}

export interface ChaosInfrastructure {
  /** A broker of the run's own when the plan stops or kills it; any cluster's addresses otherwise. */
  kafka: Pick<KafkaNode, 'brokers' | 'start' | 'stop' | 'kill'>;
  databaseUrl: string;
  logDir: string;
  log: (line: string) => void;
}

/** One instance as the run saw it. */
export interface InstanceReport {
  label: string;
  url: string;
  kills: number;
  crashes: number;
}

export interface ChaosReport {
  options: ChaosOptions;
  instances: InstanceReport[];
  events: FaultEvent[];
  crashes: string[];
  comparison: Comparison;
  topics: TopicCounts;
  statuses: Record<string, number>;
  refusals: Record<string, number>;
  streamSeconds: number;
  settleSeconds: number;
  /** The longest time no row was written while acknowledged articles were missing from the store. */
  longestStallSeconds: number;
  /** When that stall began, in seconds since the stream started (to match it with the faults around it). */
  longestStallAtSeconds: number;
  /** The grouping into stories against a single-instance run of the same stream, when the caller made one. */
  stories?: StoryComparison;
}

export const DEFAULT_SOURCE = 'chaos-wire';
const KEY = 'chaos-key-for-chaos-wire-0123456789';

/**
 * One chaos run: every instance of the three services as a real process behind a cuttable database link, a
 * steady stream of planned articles into the fetchers, the planned faults at random moments, then a comparison of what was acknowledged
 * with what is stored once the pipeline has caught up (or the settle deadline passed).
 */
export async function runChaos(options: ChaosOptions, infra: ChaosInfrastructure): Promise<ChaosReport> {
  const database = new URL(infra.databaseUrl);
  const link = new TcpLink({ host: database.hostname, port: Number(database.port || 5432) });
  const proxied = new URL(database.href);
  proxied.port = String(await link.open());
  const services = await startServices(options, infra, withApplicationName(proxied.href, options.namespace));
  const source = options.source ?? DEFAULT_SOURCE;
  const db = new pg.Pool({ connectionString: database.href, max: 2 });
  db.on('error', () => undefined);
  const crashes: string[] = [];
  let watching = true;
  let progress: StoreProgress | undefined;
  const groups = new GroupProgress(infra.kafka.brokers, options.namespace);
  const watcher = watchCrashes(services, crashes, () => watching);
  try {
    const poison = await injectPoison(infra.kafka.brokers, options.namespace);
    const stream = new ArticleStream({
      intakeUrls: services.intakeUrls,
      apiKey: KEY,
      plan: planStream(options.seed, options.items, source),
      rate: options.rate,
      batchSize: 20,
      concurrency: 8,
    });
    progress = new StoreProgress(db, source, () => stream.ledger.expected.size);
    const started = performance.now();
    const seconds = () => Math.round((performance.now() - started) / 100) / 10;
    const events: FaultEvent[] = [];
    const context = { ...infra, namespace: options.namespace, link, services, stream, groups, events, seconds };
    const faults = runFaults(options, context);
    await stream.run();
    const streamSeconds = seconds();
    await faults;
    infra.log(
      `stream done in ${streamSeconds} s (${stream.ledger.expected.size} articles acknowledged); waiting for the store to catch up`,
    );
    const comparison = await settle(db, source, stream, options.settleSeconds);
    const stall = await progress.stop();
    watching = false;
    await watcher;
    return {
      options,
      instances: services.all.map(({ label, url, kills, crashes }) => ({ label, url, kills, crashes })),
      events,
      crashes,
      comparison,
      streamSeconds,
      settleSeconds: Math.round(seconds() - streamSeconds),
      longestStallSeconds: stall.seconds,
      longestStallAtSeconds: Math.round((stall.from - started) / 100) / 10,
      topics: await pipelineTopics(infra.kafka.brokers, options.namespace, poison),
      statuses: { ...stream.ledger.statuses },
      refusals: Object.fromEntries(stream.ledger.refusals),
    };
  } finally {
    watching = false;
    await progress?.stop();
    await groups.stop();
    await db.end();
    await services.stop();
    await link.cut();
  }
}

async function startServices(
  options: ChaosOptions,
  infra: ChaosInfrastructure,
  databaseUrl: string,
): Promise<ServiceInstances> {
  const env = {
    ...process.env,
    KAFKA_BROKERS: infra.kafka.brokers.join(','),
    DATABASE_URL: databaseUrl,
    KAFKA_NAMESPACE: options.namespace,
    INGEST_API_KEYS: `${options.source ?? DEFAULT_SOURCE}=${KEY}`,
    HTTP_HOST: '127.0.0.1',
    // CHAOS_SERVICE_LOG_LEVEL=info puts each restart's steps (listening, consumer joined, first batch) in the logs.
    LOG_LEVEL: process.env.CHAOS_SERVICE_LOG_LEVEL ?? 'warn',
    INTAKE_RATE_PER_SECOND: '1000000',
    INTAKE_RATE_BURST: '1000000',
  };
  return ServiceInstances.start(options.instances ?? { fetcher: 1, processor: 1, store: 1 }, env, infra.logDir);
}

/** Restarts an instance that died by itself (not by a planned kill) and records it: a crash is a finding. */
async function watchCrashes(services: ServiceInstances, crashes: string[], active: () => boolean): Promise<void> {
  while (active()) {
    for (const service of services.all) {
      if (!service.crashed) continue;
      crashes.push(`${service.label} exited by itself at ${new Date().toISOString()} (see its log)`);
      service.crashes++;
      await service.start(false);
    }
    await delay(500);
  }
}

async function settle(
  db: pg.Pool,
  source: string,
  stream: ArticleStream,
  deadlineSeconds: number,
): Promise<Comparison> {
  const deadline = Date.now() + deadlineSeconds * 1000;
  for (;;) {
    const comparison = await compareWithStore(db, source, stream.ledger);
    if (isSettled(comparison) || Date.now() > deadline) return comparison;
    await delay(500);
  }
}
