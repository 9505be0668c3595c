import { loadConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { COMPRESSION, createKafka, inNamespace, producerOptions } from './kafka-options.js';
import { ensureTopics } from './topic-admin.js';

/**
 * Node prints a `TimeoutNegativeWarning` once per process, so a warning caught earlier in the same Jest worker would
 * hide a new one: the spec also records every negative delay handed to `setTimeout` while the clients work.
 */
describe('kafkajs clients made by createKafka, against a real broker', () => {
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '1' }).kafka,
    namespace: `rq-${randomBytes(4).toString('hex')}`,
  };
  const topic = inNamespace(settings.namespace, 'rq.events.v1');
  const realSetTimeout = globalThis.setTimeout;
  const negativeDelays: number[] = [];
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);

  beforeAll(() => {
    process.on('warning', onWarning);
    globalThis.setTimeout = ((callback: () => void, delay?: number) => {
      if (typeof delay === 'number' && delay < 0) negativeDelays.push(delay);
      return realSetTimeout(callback, delay);
    }) as typeof setTimeout;
  });
  afterAll(() => {
    globalThis.setTimeout = realSetTimeout;
    process.off('warning', onWarning);
  });

  it('produce, consume and administer without a negative timer or a TimeoutNegativeWarning', async () => {
    const kafka = createKafka(settings, 'request-queue-spec', { warn: () => undefined, error: () => undefined });
    await ensureTopics(kafka, settings, ['rq.events.v1']);
    const producer = kafka.producer(producerOptions());
    await producer.connect();
    const values = Array.from({ length: 20 }, (_, i) => `message ${i}`);
    for (const value of values) await producer.send({ topic, compression: COMPRESSION, messages: [{ value }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: inNamespace(settings.namespace, 'rq-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received: string[] = [];
    const all = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          received.push(String(message.value));
          if (received.length === values.length) resolve();
        },
      });
    });
    await all;
    await consumer.disconnect();

    expect(received).toEqual(values);
    expect(negativeDelays).toHaveLength(0);
    expect(warnings.filter((w) => w.startsWith('TimeoutNegativeWarning'))).toEqual([]);
  }, 120_000);
});
