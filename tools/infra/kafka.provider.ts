import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { newClusterId } from './cluster-id.js';
import { claimDataDir, type DataDirClaim } from './data-dir.lock.js';
import { freePort } from './free-port.js';
import { BROKER_JVM_OPTIONS, BROKER_LOG4J2, brokerProperties, type BrokerPorts } from './kafka-broker.config.js';
import { ensureKafkaRuntime, kafkaVersion } from './kafka-runtime.js';
import { kafkaProblem } from './kafka.probe.js';
import { spawnManaged, type ManagedProcess } from './managed-process.js';
import { cacheDir } from './project-root.js';
import { runCommand } from './run-command.js';

/** A Kafka cluster to use, and how to let go of it. */
export interface KafkaHandle {
  /** `host:port` of the PLAINTEXT listener(s), for clients. */
  brokers: string[];
  kind: 'external' | 'local';
  /** One line for humans: what, where, how long it took to start. */
  describe: string;
  /** Stops a broker this process started (cleanly, SIGKILL after 20 s); does nothing for an external one. */
  stop(): Promise<void>;
  /** SIGKILL to a broker this process started, no clean shutdown (its data stays); does nothing for an external one. */
  kill(): Promise<void>;
  /** Settles when a broker this process started exits, asked to or not; never for one it did not start. */
  exited: Promise<void>;
}

export interface LocalKafkaOptions {
  /** Preferred client (PLAINTEXT) port; a free one when absent or taken. */
  port?: number;
  /** Preferred controller port; a free one when absent or taken. */
  controllerPort?: number;
  /** Keeps the broker's data here across runs; a fresh temporary folder, removed by `stop()`, when absent. */
  dataDir?: string;
  /** Java heap; 512 MB is plenty for development and tests. */
  heapMb?: number;
  /** HotSpot options, `BROKER_JVM_OPTIONS` when absent (the broker-threads bench compares others). */
  jvmOptions?: readonly string[];
  /** Receives the broker's output line by line (it always goes to broker.log in the data folder too). */
  onLog?: (line: string) => void;
}

const READY_DEADLINE_MS = 60_000;
/** The `exited` of a broker that this process did not start and so never sees exit. */
const never = new Promise<void>(() => undefined);

type Claimed = Extract<DataDirClaim, { kind: 'claimed' }>;
type Busy = Extract<DataDirClaim, { kind: 'busy' }>;

async function pickPorts(options: LocalKafkaOptions): Promise<BrokerPorts> {
  const port = await freePort(options.port ?? 0);
  let controllerPort = await freePort(options.controllerPort ?? 0);
  while (controllerPort === port) controllerPort = await freePort(0);
  return { port, controllerPort };
}

/** The id the data folder was formatted with (formatting it again with another id fails), or a new one. */
function clusterIdOf(logDir: string): string {
  const meta = join(logDir, 'meta.properties');
  const stored = existsSync(meta) ? /^cluster\.id=(.+)$/m.exec(readFileSync(meta, 'utf8'))?.[1]?.trim() : undefined;
  return stored ?? newClusterId();
}

/** Writes the configuration into the data folder and formats its storage; returns the JVM arguments to share. */
async function prepareDataDir(
  dataDir: string,
  libs: string,
  ports: BrokerPorts,
  jvmOptions: readonly string[],
): Promise<string[]> {
  const logDir = join(dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  await writeFile(join(dataDir, 'server.properties'), brokerProperties(ports, logDir));
  await writeFile(join(dataDir, 'log4j2.properties'), BROKER_LOG4J2);
  const jvm = [
    ...jvmOptions,
    '-cp',
    join(libs, '*'),
    `-Dlog4j2.configurationFile=${join(dataDir, 'log4j2.properties')}`,
  ];
  const format = [
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterIdOf(logDir),
    '-c',
    join(dataDir, 'server.properties'),
    '--ignore-formatted',
  ];
  await runCommand('java', ['-Xmx256m', ...jvm, ...format]);
  return jvm;
}

async function waitReady(broker: ManagedProcess, brokers: string[], logFile: string): Promise<void> {
  const deadline = Date.now() + READY_DEADLINE_MS;
  let problem: string | undefined = 'not asked yet';
  while (Date.now() < deadline) {
    problem = await Promise.race([kafkaProblem(brokers, 2_000), broker.exited.then(() => 'exited')]);
    if (broker.hasExited())
      throw new Error(`The Kafka broker exited during start-up. Last lines of ${logFile}:\n${broker.tail()}`);
    if (problem === undefined) return;
    await delay(200);
  }
  throw new Error(
    `The Kafka broker did not answer on ${brokers[0]} within ${READY_DEADLINE_MS / 1000} s (${problem}). Last lines of ${logFile}:\n${broker.tail()}`,
  );
}

/** Formats, spawns and waits for the broker; on failure it is stopped and the error quotes its log. */
async function launchBroker(
  dataDir: string,
  libs: string,
  ports: BrokerPorts,
  options: LocalKafkaOptions,
  claim: Claimed,
): Promise<ManagedProcess> {
  const jvm = await prepareDataDir(dataDir, libs, ports, options.jvmOptions ?? BROKER_JVM_OPTIONS);
  const logFile = join(dataDir, 'broker.log');
  const broker = spawnManaged(
    'java',
    [`-Xmx${options.heapMb ?? 512}m`, ...jvm, 'kafka.Kafka', join(dataDir, 'server.properties')],
    { logFile, onLog: options.onLog },
  );
  claim.recordPid(broker.pid);
  try {
    await waitReady(broker, [`127.0.0.1:${ports.port}`], logFile);
    return broker;
  } catch (error) {
    await broker.stop();
    throw error;
  }
}

/** The broker another process runs on the same data folder, if it answers (a second one would damage it). */
async function joinRunning(dataDir: string, busy: Busy): Promise<KafkaHandle> {
  const brokers = [`127.0.0.1:${busy.holder.port}`];
  const problem = await kafkaProblem(brokers, 5_000);
  if (problem)
    throw new Error(
      `${dataDir} is in use by process ${busy.holder.pids.join(', ')}, whose broker does not answer on ${brokers[0]} (${problem}). Stop it, or delete ${busy.file} if no broker runs there.`,
    );
  const describe = `local ${kafkaVersion()} on ${brokers[0]} (already running in another process, left running; data in ${dataDir})`;
  return { brokers, kind: 'local', describe, stop: async () => undefined, kill: async () => undefined, exited: never };
}

/**
 * Starts a real single-node Kafka broker (KRaft, combined broker and controller) from the Maven Central jars
 * on 127.0.0.1, and resolves once it answers a metadata request. The broker is killed if this process exits.
 * When another process already runs a broker on the same `dataDir`, that one is used (and left running).
 *
 * @example
 * const kafka = await startLocalKafka();
 * // ... new Kafka({ brokers: kafka.brokers }) ...
 * await kafka.stop();
 */
export async function startLocalKafka(options: LocalKafkaOptions = {}): Promise<KafkaHandle> {
  const started = performance.now();
  const libs = await ensureKafkaRuntime(options.onLog);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'news-kafka-')));
  await mkdir(dataDir, { recursive: true });
  const ports = await pickPorts(options);
  const claim = claimDataDir(dataDir, ports.port);
  if (claim.kind === 'busy') return joinRunning(dataDir, claim);
  const broker = await launchBroker(dataDir, libs, ports, options, claim).catch((error: unknown) => {
    claim.release();
    throw error;
  });
  const stop = async () => {
    await broker.stop();
    claim.release();
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    await broker.kill();
    claim.release();
  };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const brokers = [`127.0.0.1:${ports.port}`];
  return {
    brokers,
    kind: 'local',
    describe: `local ${kafkaVersion()} on ${brokers[0]} (started in ${seconds} s, data in ${dataDir})`,
    stop,
    kill,
    exited: broker.exited,
  };
}

/**
 * The Kafka cluster to use: `KAFKA_BROKERS` (comma-separated) when set, after checking that it answers;
 * otherwise a local broker from {@link startLocalKafka}. With `persistent`, the local broker keeps its data
 * under `.cache/kafka-data/<port>` (what `npm start` wants); otherwise in a fresh folder (what tests want).
 */
export async function provideKafka(
  env: NodeJS.ProcessEnv,
  options: LocalKafkaOptions & { persistent?: boolean } = {},
): Promise<KafkaHandle> {
  const configured = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (configured.length > 0) {
    const problem = await kafkaProblem(configured, 10_000);
    if (problem)
      throw new Error(
        `KAFKA_BROKERS=${env.KAFKA_BROKERS} does not answer (${problem}). Start that cluster, or unset KAFKA_BROKERS to run a local broker.`,
      );
    return {
      brokers: configured,
      kind: 'external',
      describe: `KAFKA_BROKERS ${configured.join(',')}`,
      stop: async () => undefined,
      kill: async () => undefined,
      exited: never,
    };
  }
  const { persistent, ...local } = options;
  const dataDir = local.dataDir ?? (persistent ? cacheDir('kafka-data', String(local.port ?? 9092)) : undefined);
  return startLocalKafka({ ...local, dataDir });
}
