import {
  CompressionTypes,
  Kafka,
  logLevel,
  Partitioners,
  type ConsumerConfig,
  type LogEntry,
  type ProducerConfig,
} from 'kafkajs';
import { fixRequestQueueTimer } from './request-queue.fix.js';
import { registerZstdCodec } from './zstd.codec.js';

/** The Kafka part of `AppConfig`, repeated structurally so this file needs no Nest import. */
export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly namespace: string;
  readonly consumerBatchSize: number;
  readonly partitionsConsumedConcurrently: number;
  /** How long the group waits for a member's heartbeat before it hands the member's partitions to others. */
  readonly sessionTimeoutMs: number;
  readonly produceTimeoutMs: number;
  readonly topicPartitions: number;
  readonly replicationFactor: number;
  readonly maxMessageBytes: number;
}

export interface KafkaLog {
  warn(message: string): void;
  error(message: string): void;
}

/** A topic or group name in the configured namespace (so test runs and tenants do not collide). */
export function inNamespace(namespace: string, name: string): string {
  return namespace === '' ? name : `${namespace}.${name}`;
}

function logCreator(log: KafkaLog) {
  // kafkajs reports recoverable states (a coordinator still loading, a broker restarting) as ERROR
  // and retries them itself; the pipeline logs the failures that matter, so these are warnings.
  return () =>
    ({ namespace, log: entry }: LogEntry) => {
      if (entry.message.startsWith(BOUNDED_RETRIES_NOTICE)) return;
      log.warn(`kafkajs ${namespace}: ${entry.message}${entry.error ? ` (${String(entry.error)})` : ''}`);
    };
}

/**
 * The one place that builds Kafka clients: client id, retries and logging are set here and nowhere else.
 *
 * @example
 * const kafka = createKafka(config.kafka, 'fetcher', logger);
 */
export function createKafka(settings: KafkaSettings, clientId: string, log: KafkaLog): Kafka {
  registerZstdCodec();
  fixRequestQueueTimer();
  return new Kafka({
    clientId,
    brokers: [...settings.brokers],
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    // While the broker is away, clients poll it at least every second: its return is noticed within one.
    retry: { initialRetryTime: 300, retries: 5, maxRetryTime: 1_000 },
    logLevel: logLevel.WARN,
    logCreator: logCreator(log),
  });
}

/**
 * Producer options: idempotent with acks=all, so an acknowledged write is on every in-sync replica once.
 * Retries are bounded (kafkajs would retry an idempotent send forever, outliving its caller and the
 * service's shutdown): a caller that gets BROKER_UNAVAILABLE re-sends, and article ids keep the re-send
 * idempotent downstream.
 */
export function producerOptions(): ProducerConfig {
  return {
    idempotent: true,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 3_000 },
  };
}

/**
 * How every produce request is compressed. The messages are JSON of a few kilobytes sent in batches, which zstd
 * shrinks to about a fifth (see docs/benchmarks.md): fewer bytes for the broker to store and copy and for kafkajs's
 * pure-JavaScript CRC-32C. A consumer of the topics needs the codec (`registerZstdCodec`).
 */
export const COMPRESSION = CompressionTypes.ZSTD;

/** Said by kafkajs whenever idempotent retries are bounded; `producerOptions` explains why they are. */
const BOUNDED_RETRIES_NOTICE = 'Limiting retries for the idempotent producer';

/** A tenth of the session timeout (at most 3 s): a few lost heartbeats do not evict a live member. */
export function heartbeatIntervalMs(settings: Pick<KafkaSettings, 'sessionTimeoutMs'>): number {
  return Math.min(3_000, Math.floor(settings.sessionTimeoutMs / 10));
}

/**
 * Consumer options. The group id is used exactly as given (no `-server` suffix as Nest's transport adds).
 *
 * Recovery times follow from three settings. A member killed with SIGKILL never leaves its group: its partitions
 * wait until the group stops hearing its heartbeats (`sessionTimeout`, 10 s by default), so that bounds how long a
 * crash stops consumption. Heartbeats go out every tenth of it, so a few lost ones do not evict a live member. A
 * rebalance waits for every live member to rejoin for at most `rebalanceTimeout`; members drop a batch in hand as
 * soon as a heartbeat says the group is rebalancing, so twice the session timeout is plenty and a stuck member holds
 * the group up no longer than that (kafkajs's default is 60 s). A member stopped cleanly leaves its group at once
 * (kafkajs's `disconnect` sends LeaveGroup), so its partitions move without any wait.
 *
 * kafkajs would restart a crashed consumer by itself, as a new member, while the old member stays in the group
 * until its session times out; `KafkaConsumerServer` restarts it instead, and evicts the old member first.
 */
export function consumerOptions(settings: KafkaSettings, group: string): ConsumerConfig {
  return {
    groupId: inNamespace(settings.namespace, group),
    allowAutoTopicCreation: false,
    sessionTimeout: settings.sessionTimeoutMs,
    heartbeatInterval: heartbeatIntervalMs(settings),
    rebalanceTimeout: 2 * settings.sessionTimeoutMs,
    maxBytesPerPartition: 4 * 1024 * 1024,
    // The broker holds an idle fetch this long; a shutdown waits for the fetch in flight, so keep it short.
    maxWaitTimeInMs: 1_000,
    retry: { restartOnFailure: async () => false },
  };
}
