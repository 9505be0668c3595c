import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from './free-port.js';
import { BROKER_LOG4J2, brokerProperties, newClusterId } from './kafka-properties.js';
import { ensureKafkaRuntime, KAFKA_VERSION } from './kafka-runtime.js';
import { cacheDir } from './project-root.js';

export interface KafkaHandle {
  brokers: string[];
  kind: 'external' | 'local';
  describe: string;
  stop(): Promise<void>;
}

export interface LocalKafkaOptions {
  /** PLAINTEXT port; a free one when absent, or when the preferred one is taken. */
  port?: number;
  /** Keep data here (persistent); a fresh temporary folder when absent. */
  dataDir?: string;
  heapMb?: number;
  /** Receives the broker's own log lines (they always go to broker.log in the data folder). */
  onLog?: (line: string) => void;
}

const READY_DEADLINE_MS = 90_000;

async function answers(brokers: string[], timeoutMs: number): Promise<boolean> {
  const admin = new Kafka({ brokers, clientId: 'infra-probe', logLevel: logLevel.NOTHING, connectionTimeout: 1_000, retry: { retries: 0 } }).admin();
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const probe = admin.connect().then(() => admin.describeCluster()).then(() => true, () => false);
  const ok = await Promise.race([probe, timer]);
  await admin.disconnect().catch(() => undefined);
  return ok;
}

/** The id a data folder was formatted with (formatting again with another id fails), or a new one. */
function clusterIdOf(logDir: string): string {
  const meta = join(logDir, 'meta.properties');
  const stored = existsSync(meta) ? /^cluster\.id=(.+)$/m.exec(readFileSync(meta, 'utf8'))?.[1]?.trim() : undefined;
  return stored ?? newClusterId();
}

function tailOf(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitReady(child: ChildProcess, brokers: string[], logFile: string): Promise<void> {
  const deadline = Date.now() + READY_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the Kafka broker exited during start-up:\n${tailOf(logFile)}`);
    if (await answers(brokers, 2_000)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the Kafka broker did not answer within ${READY_DEADLINE_MS / 1000} s:\n${tailOf(logFile)}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * Starts a real single-node Kafka broker (KRaft) from the Maven Central jars on 127.0.0.1 and waits until it
 * answers a metadata request. `stop()` shuts it down cleanly (SIGTERM); it is also killed if this process exits.
 */
export async function startLocalKafka(options: LocalKafkaOptions = {}): Promise<KafkaHandle> {
  const libs = ensureKafkaRuntime();
  const ports = { port: await freePort(options.port ?? 0), controllerPort: await freePort(0) };
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'news-kafka-'));
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  writeFileSync(join(dataDir, 'server.properties'), brokerProperties(ports, join(dataDir, 'logs')));
  writeFileSync(join(dataDir, 'log4j2.properties'), BROKER_LOG4J2);
  const java = ['-cp', join(libs, '*'), `-Dlog4j2.configurationFile=${join(dataDir, 'log4j2.properties')}`];
  const format = spawnSync('java', [...java, 'kafka.tools.StorageTool', 'format', '-t', clusterIdOf(join(dataDir, 'logs')), '-c', join(dataDir, 'server.properties'), '--ignore-formatted'], { encoding: 'utf8' });
  if (format.status !== 0) throw new Error(`formatting Kafka storage failed:\n${format.stdout}${format.stderr}`);

  const logFile = join(dataDir, 'broker.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn('java', [`-Xmx${options.heapMb ?? 512}m`, ...java, 'kafka.Kafka', join(dataDir, 'server.properties')], { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.pipe(log, { end: false });
    if (options.onLog) stream.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(options.onLog!));
  }
  const stop = stopper(child);
  const brokers = [`127.0.0.1:${ports.port}`];
  try {
    await waitReady(child, brokers, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { brokers, kind: 'local', describe: `local Kafka ${KAFKA_VERSION} on ${brokers[0]} (data in ${dataDir})`, stop };
}

/**
 * The broker to use: `KAFKA_BROKERS` when set (checked to answer), otherwise a local one started from the
 * Maven Central jars. `npm start` keeps its broker's data under `.cache/kafka-data`.
 */
export async function provideKafka(env: NodeJS.ProcessEnv, options: LocalKafkaOptions & { persistent?: boolean } = {}): Promise<KafkaHandle> {
  if (env.KAFKA_BROKERS) {
    const brokers = env.KAFKA_BROKERS.split(',').map((b) => b.trim()).filter(Boolean);
    if (!(await answers(brokers, 10_000))) throw new Error(`KAFKA_BROKERS=${env.KAFKA_BROKERS} does not answer`);
    return { brokers, kind: 'external', describe: `Kafka at ${brokers.join(',')}`, stop: async () => undefined };
  }
  const dataDir = options.persistent ? cacheDir('kafka-data', String(options.port ?? 9092)) : options.dataDir;
  return startLocalKafka({ ...options, ...(dataDir && { dataDir }) });
}
