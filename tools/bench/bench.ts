import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { createEntityExtractor } from '@app/ner';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { createDataSource as createStoreDataSource } from '../../apps/store/src/data-source.js';
import { createDatabase, dropDatabase, freePort, projectRoot, provideDatabase, provideKafka } from '../infra/index.js';
import { ServiceProcess, serviceEntry, type ServiceName } from '../start/service-process.js';
import { corpusOption, generateCorpus, type BenchArticle } from './corpus.js';
import { cpuBetween, cpuSnapshot, SHARED_GROUPS } from './cpu-usage.js';
import { processorSpeed } from './processor-speed.js';
import { storeWriteSpeed } from './store-speed.js';
import { parseInstanceCounts, type InstanceCounts } from './instances.js';
import { runLoad } from './load.js';
import { scrapeStages, stageTable, type StageFigure } from './stage-profile.js';
import { waitAndMeasure } from './measure.js';

/**
 * `npm run bench`: end-to-end throughput and latency of the pipeline on this machine, and of a bare pipe
 * (HTTP → Kafka → PostgreSQL insert) under the same load, whose ratio is the headline figure. Options:
 * BENCH_MAX_ARTICLES (default 4000), BENCH_RATES (default 100,500,1000), BENCH_RATE_SECONDS (default 10),
 * BENCH_NODE_ARGS (extra Node flags for the services, e.g. `--prof`: V8 writes its tick log even when the
 * service is stopped by a signal, which `--cpu-prof` does not). Arguments: instance counts,
 * `npm run bench -- --processors 3 --stores 2 --fetchers 2` (one of each by default), and the corpus profile,
 * `--corpus news` (the default, shaped like the factRuEval news texts) or `--corpus dense` (23.5 entities each).
 */
const MAX_ARTICLES = Number(process.env.BENCH_MAX_ARTICLES ?? 4_000);
const RATES = (process.env.BENCH_RATES ?? '100,500,1000').split(',').filter(Boolean).map(Number);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 10);
/** Seconds each scenario then watches the idle services, so the CPU they burn anyway is not put on the articles. */
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 5);
/** Articles the processor-alone pass uses (the store-alone pass twice as many). */
const ALONE_ARTICLES = Number(process.env.BENCH_ALONE_ARTICLES ?? 2_000);
/**
 * Articles sent through each target first, unmeasured: a fresh broker's JVM and fresh services compile their hot
 * paths during the first few hundred (in broker-codec.ts the first of five rounds cost the JVM up to twice the
 * later ones), which would otherwise be charged to the articles of `max`. BENCH_WARM_ARTICLES, 0 for none.
 */
const WARM_ARTICLES = Number(process.env.BENCH_WARM_ARTICLES ?? 300);
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const { profile: CORPUS, rest: INSTANCE_ARGS } = corpusOption(process.argv.slice(2));
const INSTANCES = parseInstanceCounts(INSTANCE_ARGS);
const KEY = `bench_${randomBytes(16).toString('hex')}`;
/** Each source needs a key of its own: a key identifies exactly one source. */
const keyOf = (source: string) => `${KEY}_${source}`;

interface Target {
  name: 'pipeline' | 'bare-pipe';
  intakes: string[];
  table: string;
  processes: { name: string; pid: number }[];
  /** Base URLs of services that export Prometheus metrics, for the stage profile. */
  metrics: { name: string; url: string }[];
}

interface ScenarioResult {
  target: string;
  scenario: string;
  offered: number;
  acknowledged: number;
  acceptedPerSecond: number;
  storedPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  lost: number;
  duplicateRows: number;
  cpuShare: Record<string, number>;
  /** CPU milliseconds each process group spent per article stored, over the whole scenario. */
  cpuMsPerArticle: Record<string, number>;
  /** The same less what each group spends idle (watched just after, once settled): the articles' own cost. */
  cpuMsPerArticleAboveIdle: Record<string, number>;
}

/** CPU seconds per second each group uses with the services up and no load. */
async function idleRates(processes: Target['processes']): Promise<Record<string, number>> {
  const before = cpuSnapshot(processes, cpuScope);
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const used = cpuBetween(before, cpuSnapshot(processes, cpuScope));
  return Object.fromEntries(Object.entries(used).map(([group, seconds]) => [group, seconds / IDLE_SECONDS]));
}

const perArticle = (seconds: number, stored: number) =>
  Math.round((Math.max(0, seconds) * 1000 * 100) / Math.max(1, stored)) / 100;

/** Whose CPU counts as the bench's: the backends of its database, the broker it started (see cpuSnapshot). */
let cpuScope: Parameters<typeof cpuSnapshot>[1] = {};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function scenario(
  target: Target,
  db: pg.Pool,
  name: string,
  articles: BenchArticle[],
  rate?: number,
): Promise<ScenarioResult> {
  const source = `bench-${target.name === 'pipeline' ? 'p' : 'b'}-${name}`;
  const cpuBefore = cpuSnapshot(target.processes, cpuScope);
  const started = performance.now();
  const load = await runLoad(articles, {
    urls: target.intakes,
    headers: { authorization: `Bearer ${keyOf(source)}` },
    source,
    batchSize: rate ? 10 : 20,
    rate,
    concurrency: rate ? 64 : 8,
  });
  const stored = await waitAndMeasure(db, target.table, source, load.acknowledged);
  const wall = (performance.now() - started) / 1000;
  // Shares of one core over the scenario's wall time; the machine has cpus().length of them.
  const cpuSeconds = Object.entries(cpuBetween(cpuBefore, cpuSnapshot(target.processes, cpuScope)));
  // Watched after the load, not before it: fresh services are still joining groups and compiling, and that
  // start-up burn, taken for their idle rate, put the fetcher and the store below zero.
  const idle = IDLE_SECONDS > 0 ? await idleRates(target.processes) : {};
  const cpuShare = Object.fromEntries(
    cpuSeconds.map(([group, seconds]) => [group, Math.round((seconds / wall) * 100) / 100]),
  );
  const cpuMsPerArticle = Object.fromEntries(
    cpuSeconds.map(([group, seconds]) => [group, perArticle(seconds, stored.distinct)]),
  );
  const cpuMsPerArticleAboveIdle = Object.fromEntries(
    cpuSeconds.map(([group, seconds]) => [group, perArticle(seconds - (idle[group] ?? 0) * wall, stored.distinct)]),
  );
  const result = {
    target: target.name,
    scenario: name,
    offered: articles.length,
    acknowledged: load.acknowledged,
    acceptedPerSecond: Math.round(load.acknowledged / load.seconds),
    storedPerSecond: Math.round(stored.storedPerSecond),
    latencyMs: {
      p50: Math.round(stored.latencyMs.p50),
      p95: Math.round(stored.latencyMs.p95),
      p99: Math.round(stored.latencyMs.p99),
    },
    lost: load.acknowledged - stored.distinct,
    duplicateRows: stored.rows - stored.distinct,
    cpuShare,
    cpuMsPerArticle,
    cpuMsPerArticleAboveIdle,
  };
  log(
    `${target.name} ${name}: ${JSON.stringify(result)}${load.firstFailure ? ` first failure: ${load.firstFailure}` : ''}`,
  );
  return result;
}

async function runScenarios(target: Target, db: pg.Pool): Promise<ScenarioResult[]> {
  const measured = Math.max(MAX_ARTICLES, ...RATES.map((r) => r * RATE_SECONDS));
  const corpus = generateCorpus(measured + WARM_ARTICLES, CORPUS);
  // Articles of their own (the corpus is the same whatever its length, so these follow the measured ones).
  if (WARM_ARTICLES > 0) await scenario(target, db, 'warm', corpus.slice(measured));
  const results = [await scenario(target, db, 'max', corpus.slice(0, MAX_ARTICLES))];
  for (const rate of RATES)
    results.push(await scenario(target, db, `r${rate}`, corpus.slice(0, rate * RATE_SECONDS), rate));
  return results;
}

async function startPipeline(
  env: NodeJS.ProcessEnv,
  counts: InstanceCounts,
): Promise<{ target: Target; stop: () => Promise<void> }> {
  const names: ServiceName[] = ['fetcher', 'processor', 'store'];
  // Instances of one service share its name, so their CPU adds up in one group; their metrics stay apart.
  const instances = names.flatMap((name) =>
    Array.from({ length: counts[name] }, (_, i) => ({ name, label: counts[name] > 1 ? `${name}-${i + 1}` : name })),
  );
  const started = await Promise.all(instances.map(async (instance) => ({ ...instance, port: await freePort() })));
  const services = started.map(
    ({ name, port }) =>
      // The bundle `npm start` runs: what is measured is what runs.
      new ServiceProcess(name, serviceEntry(name), serviceEnv(env, name, port), () => undefined, NODE_ARGS),
  );
  for (const { port } of started) await waitReady(`http://127.0.0.1:${port}/health/ready`);
  const target: Target = {
    name: 'pipeline',
    intakes: started.filter((s) => s.name === 'fetcher').map((s) => `http://127.0.0.1:${s.port}/v1/articles`),
    table: 'articles',
    processes: services.map((s) => ({ name: s.name, pid: s.pid })),
    metrics: started.map(({ label, port }) => ({ name: label, url: `http://127.0.0.1:${port}` })),
  };
  return { target, stop: async () => void (await Promise.all(services.map((s) => s.stop()))) };
}

/** One instance's environment: its own port, and an intake limit no bench load reaches. */
function serviceEnv(env: NodeJS.ProcessEnv, name: ServiceName, port: number): NodeJS.ProcessEnv {
  const portKey = { fetcher: 'FETCHER_PORT', processor: 'PROCESSOR_PORT', store: 'STORE_PORT' }[name];
  return {
    ...env,
    LOG_LEVEL: 'warn',
    [portKey]: String(port),
    HTTP_HOST: '127.0.0.1',
    INTAKE_RATE_PER_SECOND: '1000000',
    INTAKE_RATE_BURST: '1000000',
  };
}

async function startBarePipe(
  env: NodeJS.ProcessEnv,
  namespace: string,
): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = await freePort();
  const bare = new ServiceProcess(
    'bare-pipe',
    join(projectRoot(), 'dist/tools/bench/bare-pipe.js'),
    { ...env, PORT: String(port), TOPIC: `${namespace}.bare.raw`, GROUP: `${namespace}.bare` },
    () => undefined,
  );
  await waitReady(`http://127.0.0.1:${port}/health`);
  const target: Target = {
    name: 'bare-pipe',
    intakes: [`http://127.0.0.1:${port}/v1/articles`],
    table: 'bench_raw',
    processes: [{ name: 'bare-pipe', pid: bare.pid }],
    metrics: [],
  };
  return { target, stop: async () => void (await bare.stop()) };
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never became ready`);
}

function printTable(results: ScenarioResult[]): void {
  const header =
    '| target | load (r = fixed rate/s) | acknowledged | accepted/s | stored/s | p50 ms | p95 ms | p99 ms | lost | dup rows | CPU share |';
  const lines = results.map(
    (r) =>
      `| ${r.target} | ${r.scenario} | ${r.acknowledged}/${r.offered} | ${r.acceptedPerSecond} | ${r.storedPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.lost} | ${r.duplicateRows} | ${Object.entries(
        r.cpuShare,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} |`,
  );
  process.stdout.write(`${[header, header.replace(/[^|]/g, '-'), ...lines].join('\n')}\n`);
}

async function main(): Promise<void> {
  const kafka = await provideKafka(process.env);
  const database = `news_bench_${Date.now()}`;
  const server = await provideDatabase({ env: process.env, database });
  if (server.kind === 'external') await createDatabase(server.serverUrl, database);
  const url = new URL(server.serverUrl);
  url.pathname = `/${database}`;
  const namespace = `bench-${randomBytes(3).toString('hex')}`;
  const sources = ['warm', 'max', ...RATES.map((r) => `r${r}`)].map((s) => `bench-p-${s}`);
  const env = {
    ...process.env,
    KAFKA_BROKERS: kafka.brokers.join(','),
    DATABASE_URL: url.toString(),
    KAFKA_NAMESPACE: namespace,
    INGEST_API_KEYS: sources.map((s) => `${s}=${keyOf(s)}`).join(','),
  };
  cpuScope = { database, ownBroker: kafka.kind === 'local' };
  const db = new pg.Pool({ connectionString: url.toString(), max: 2 });
  try {
    log(`pipeline: ${kafka.describe}, ${server.describe}, instances ${JSON.stringify(INSTANCES)}, corpus ${CORPUS}`);
    const pipeline = await startPipeline(env, INSTANCES);
    const results = await runScenarios(pipeline.target, db);
    const stages = await scrapeStages(pipeline.target.metrics);
    await pipeline.stop();
    const bare = await startBarePipe(env, namespace);
    results.push(...(await runScenarios(bare.target, db)));
    await bare.stop();
    const extractor = createEntityExtractor();
    const processor = processorSpeed(generateCorpus(ALONE_ARTICLES, CORPUS), extractor);
    log(
      `processor work alone: ${processor.articlesPerSecond} articles/s on one core (runs ${processor.runs.join(', ')}), ${processor.cpuMsPerArticle} CPU ms per article`,
    );
    const store = await storeAlone(url.toString(), database, extractor);
    log(
      `store write alone: ${store.articlesPerSecond} articles/s (${store.linksPerArticle} entity links per article), CPU ms per article ${JSON.stringify(store.cpuMsPerArticle)}`,
    );
    report(
      results,
      {
        processorArticlesPerSecond: processor.articlesPerSecond,
        processorCpuMsPerArticle: processor.cpuMsPerArticle,
        storeArticlesPerSecond: store.articlesPerSecond,
        storeCpuMsPerArticle: store.cpuMsPerArticle,
      },
      stages,
    );
  } finally {
    await db.end();
    await dropDatabase(server.serverUrl, database).catch(() => undefined);
    await server.stop();
    await kafka.stop();
  }
}

/** The store's write path alone, on the bench database the pipeline's store migrated (new articles, batches of 200). */
async function storeAlone(
  databaseUrl: string,
  database: string,
  extractor: ReturnType<typeof createEntityExtractor>,
): Promise<Awaited<ReturnType<typeof storeWriteSpeed>>> {
  Logger.overrideLogger(['error']);
  const dataSource = await createStoreDataSource({
    ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl }).database,
    poolSize: 2,
  }).initialize();
  try {
    return await storeWriteSpeed(dataSource, generateCorpus(ALONE_ARTICLES * 2, CORPUS), extractor, database);
  } finally {
    await dataSource.destroy();
  }
}

interface AloneFigures {
  processorArticlesPerSecond: number;
  processorCpuMsPerArticle: number;
  storeArticlesPerSecond: number;
  storeCpuMsPerArticle: Record<string, number>;
}

/**
 * The CPU each article cost at max load, per process, and the throughput that cost allows on this machine's
 * cores if nothing else ran: the ceiling no tuning of concurrency can lift.
 */
function cpuBudget(r: ScenarioResult): string {
  const own = (figures: Record<string, number>) => {
    const services = Object.entries(figures).filter(([group]) => !SHARED_GROUPS.has(group));
    const total = services.reduce((sum, [, ms]) => sum + ms, 0);
    const parts = services
      .sort((a, b) => b[1] - a[1])
      .map(([group, ms]) => `${group} ${ms.toFixed(2)}`)
      .join(', ');
    return { total, parts };
  };
  const all = own(r.cpuMsPerArticle);
  const above = own(r.cpuMsPerArticleAboveIdle);
  return [
    `${r.target} CPU per stored article at max (ms): ${all.parts}; total ${all.total.toFixed(2)} ms, so at most ${Math.round((cpus().length * 1000) / all.total)} articles/s on ${cpus().length} cores`,
    `${r.target} the same above idle (ms): ${above.parts}; total ${above.total.toFixed(2)} ms`,
  ].join('\n');
}

function report(results: ScenarioResult[], alone: AloneFigures, stages: StageFigure[]): void {
  const max = (target: string) => results.find((r) => r.target === target && r.scenario === 'max')!;
  const ratio = max('pipeline').storedPerSecond / max('bare-pipe').storedPerSecond;
  printTable(results);
  process.stdout.write(`\nwhere the pipeline's time went (all scenarios together):\n${stageTable(stages)}\n`);
  process.stdout.write(`\nthroughput ratio pipeline / bare pipe (max load, stored/s): ${ratio.toFixed(2)}\n`);
  for (const target of ['pipeline', 'bare-pipe']) process.stdout.write(`${cpuBudget(max(target))}\n`);
  process.stdout.write(
    `processor work alone (normalise, language, fingerprint, entity extraction): ${alone.processorArticlesPerSecond} articles/s on one core, ${alone.processorCpuMsPerArticle} CPU ms per article\n`,
  );
  process.stdout.write(
    `store write alone (new articles with their entity links, batches of 200, 2 in flight): ${alone.storeArticlesPerSecond} articles/s, CPU ms per article: write path ${alone.storeCpuMsPerArticle.store}, postgres ${alone.storeCpuMsPerArticle.postgres}\n`,
  );
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  const file = join(projectRoot(), 'bench/results/latest.json');
  mkdirSync(join(projectRoot(), 'bench/results'), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, settings: { MAX_ARTICLES, RATES, RATE_SECONDS, instances: INSTANCES, corpus: CORPUS }, ratio, ...alone, results, stages }, null, 2)}\n`,
  );
  process.stdout.write(`results written to ${file}\n`);
}

await main();
