import { Kafka, logLevel } from 'kafkajs';

/**
 * Why the Kafka cluster at `brokers` does not answer a metadata request (`describeCluster`) within
 * `timeoutMs`, or `undefined` when it does. The infrastructure's only use of kafkajs, kept here alone.
 */
export async function kafkaProblem(brokers: string[], timeoutMs: number): Promise<string | undefined> {
  const kafka = new Kafka({
    brokers,
    clientId: 'infra-probe',
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3_000),
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>(
    (resolve) => (timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs)),
  );
  const probe = admin
    .connect()
    .then(() => admin.describeCluster())
    .then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}
