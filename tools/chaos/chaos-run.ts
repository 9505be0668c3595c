import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { freePort, TcpLink } from '../infra/index.js';
import type { ServiceName } from '../start/service-process.js';
import { ArticleStream } from './article-stream.js';
import { ChaosService } from './chaos-service.js';
import { describeFault, planFaults, type Fault, type FaultCounts } from './fault-plan.js';
import type { KafkaNode } from './kafka-node.js';
import { injectPoison, pipelineTopics, type TopicCounts } from './pipeline-topics.js';
import { seededRandom } from './seeded-random.js';
import { terminateSessions, withApplicationName } from './session-terminator.js';
import { compareWithStore, isSettled, type Comparison } from './stored-state.js';
import { StoreProgress } from './store-progress.js';

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
}

export interface ChaosInfrastructure {
  /** A broker of the run's own when the plan stops or kills it; any cluster's addresses otherwise. */
  kafka: Pick<KafkaNode, 'brokers' | 'start' | 'stop' | 'kill'>;
  databaseUrl: string;
  logDir: string;
  log: (line: string) => void;
}

export interface FaultEvent {
  kind: Fault['kind'];
  what: string;
  atSeconds: number;
  acknowledged: number;
  downSeconds: number;
  /** From the component's return (a killed service respawned, the broker answering again) to all three ready. */
  readySeconds: number;
}

export interface ChaosReport {
  options: ChaosOptions;
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
}

const DEFAULT_SOURCE = 'chaos-wire';
const KEY = 'chaos-key-for-chaos-wire-0123456789';

/**
 * One chaos run: the three services as real processes behind a cuttable database link, a steady stream of
 * articles into the fetcher, the planned faults at random moments, then a comparison of what was acknowledged
 * with what is stored once the pipeline has caught up (or the settle deadline passed).
 */
export async function runChaos(options: ChaosOptions, infra: ChaosInfrastructure): Promise<ChaosReport> {
  const database = new URL(infra.databaseUrl);
  const link = new TcpLink({ host: database.hostname, port: Number(database.port || 5432) });
  const proxied = new URL(database.href);
  proxied.port = String(await link.open());
  const services = await startServices(options, infra, withApplicationName(proxied.href, options.namespace));
  const db = new pg.Pool({ connectionString: database.href, max: 2 });
  db.on('error', () => undefined);
  const crashes: string[] = [];
  let watching = true;
  let progress: StoreProgress | undefined;
  const watcher = watchCrashes(services, crashes, () => watching);
  try {
    const poison = await injectPoison(infra.kafka.brokers, options.namespace);
    const stream = new ArticleStream({
      intakeUrl: `${services.fetcher.url}/v1/articles`,
      apiKey: KEY,
      source: options.source ?? DEFAULT_SOURCE,
      items: options.items,
      rate: options.rate,
      batchSize: 20,
      concurrency: 8,
      seed: options.seed,
    });
    progress = new StoreProgress(db, options.source ?? DEFAULT_SOURCE, () => stream.ledger.expected.size);
    const started = performance.now();
    const seconds = () => Math.round((performance.now() - started) / 100) / 10;
    const events: FaultEvent[] = [];
    const faults = runFaults(options, { ...infra, link, services, stream, events, seconds });
    await stream.run();
    const streamSeconds = seconds();
    await faults;
    infra.log(
      `stream done in ${streamSeconds} s (${stream.ledger.expected.size} articles acknowledged); waiting for the store to catch up`,
    );
    const comparison = await settle(db, options.source ?? DEFAULT_SOURCE, stream, options.settleSeconds);
    const longestStallSeconds = await progress.stop();
    watching = false;
    await watcher;
    return {
      options,
      events,
      crashes,
      comparison,
      streamSeconds,
      settleSeconds: Math.round(seconds() - streamSeconds),
      longestStallSeconds,
      topics: await pipelineTopics(infra.kafka.brokers, options.namespace, poison),
      statuses: { ...stream.ledger.statuses },
      refusals: Object.fromEntries(stream.ledger.refusals),
    };
  } finally {
    watching = false;
    await progress?.stop();
    await db.end();
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await link.cut();
  }
}

async function startServices(
  options: ChaosOptions,
  infra: ChaosInfrastructure,
  databaseUrl: string,
): Promise<Record<ServiceName, ChaosService>> {
  const ports = { fetcher: await freePort(), processor: await freePort(), store: await freePort() };
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
    FETCHER_PORT: String(ports.fetcher),
    PROCESSOR_PORT: String(ports.processor),
    STORE_PORT: String(ports.store),
  };
  const make = (name: ServiceName) => new ChaosService(name, env, `http://127.0.0.1:${ports[name]}`, infra.logDir);
  const services = { fetcher: make('fetcher'), processor: make('processor'), store: make('store') };
  // The store applies its migrations first; the others wait for their own under the same advisory lock.
  await Promise.all(Object.values(services).map((s) => s.start()));
  return services;
}

/** Restarts a service that died by itself (not by a planned kill) and records it: a crash is a finding. */
async function watchCrashes(
  services: Record<ServiceName, ChaosService>,
  crashes: string[],
  active: () => boolean,
): Promise<void> {
  while (active()) {
    for (const service of Object.values(services)) {
      if (!service.crashed) continue;
      crashes.push(`${service.name} exited by itself at ${new Date().toISOString()} (see its log)`);
      await service.start(false);
    }
    await delay(500);
  }
}

type FaultContext = ChaosInfrastructure & {
  link: TcpLink;
  services: Record<ServiceName, ChaosService>;
  stream: ArticleStream;
  events: FaultEvent[];
  seconds: () => number;
};

async function runFaults(options: ChaosOptions, context: FaultContext): Promise<void> {
  const random = seededRandom(options.seed + 1);
  for (const { fault, atProgress } of planFaults(options, random)) {
    while (context.stream.progress < atProgress) await delay(100);
    const at = context.seconds();
    const acknowledged = context.stream.ledger.ackedItems;
    const downSeconds = await inject(fault, context, options, random);
    const readySeconds = await allReady(context.services);
    context.events.push({
      kind: fault.kind,
      what: describeFault(fault),
      atSeconds: at,
      acknowledged,
      downSeconds,
      readySeconds,
    });
    context.log(
      `t+${at}s: ${describeFault(fault)} at ${acknowledged} acknowledged items, back after ${downSeconds} s, all ready ${readySeconds} s later`,
    );
  }
}

/** Injects one fault and repairs it; resolves with how long the component was away. */
async function inject(
  fault: Fault,
  context: FaultContext,
  options: ChaosOptions,
  random: () => number,
): Promise<number> {
  const started = performance.now();
  if (fault.kind === 'kill') {
    const service = context.services[fault.service];
    await service.kill();
    await delay(200 + random() * 2_000);
    // Not until ready: a consumer's group rejoin can take a session timeout, and the next fault should not wait.
    await service.start(false);
    await service.live();
  } else if (fault.kind === 'broker-restart' || fault.kind === 'broker-kill') {
    await (fault.kind === 'broker-kill' ? context.kafka.kill() : context.kafka.stop());
    await delay(1_000 + random() * 3_000);
    await context.kafka.start();
  } else if (fault.kind === 'session-terminations') {
    await terminateSessions(context.databaseUrl, options.namespace, options.sessionTerminationSeconds);
  } else {
    await context.link.cut();
    await delay(options.databaseOutageSeconds * 1000);
    await context.link.open();
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Seconds until every service answers ready (a deadline of two minutes, reported as such). */
async function allReady(services: Record<ServiceName, ChaosService>): Promise<number> {
  const started = performance.now();
  await Promise.all(Object.values(services).map((service) => service.ready().catch(() => undefined)));
  return Math.round((performance.now() - started) / 100) / 10;
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
