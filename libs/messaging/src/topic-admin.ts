import type { Kafka } from 'kafkajs';
import { inNamespace, type KafkaSettings } from './kafka-options.js';

/**
 * Creates the given topics (in the namespace) if they are missing and waits for their leaders, so the
 * first produce cannot fail with "This server does not host this topic-partition".
 */
export async function ensureTopics(kafka: Kafka, settings: KafkaSettings, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.map((t) => inNamespace(settings.namespace, t)).filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: settings.topicPartitions,
        replicationFactor: settings.replicationFactor,
        // Room for the largest article the intake accepts, once enriched.
        configEntries: [{ name: 'max.message.bytes', value: String(settings.maxMessageBytes) }],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}

/** Readiness probe: a metadata round trip to the cluster, bounded by `timeoutMs`. */
export async function describeCluster(
  kafka: Kafka,
  timeoutMs: number,
): Promise<{ brokers: number; controller: number | null }> {
  const admin = kafka.admin();
  const timer = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
  );
  try {
    await Promise.race([admin.connect(), timer]);
    const cluster = await Promise.race([admin.describeCluster(), timer]);
    return { brokers: cluster.brokers.length, controller: cluster.controller };
  } finally {
    void admin.disconnect().catch(() => undefined);
  }
}

/** The readiness check of a service that talks to Kafka. */
export function kafkaHealthIndicator(kafka: Kafka): { name: string; check(): Promise<Record<string, unknown>> } {
  return { name: 'kafka', check: () => describeCluster(kafka, 2_000) };
}
