import type { Kafka } from 'kafkajs';
import { KafkaPublisher } from './kafka-publisher.js';

const message = (bytes: number, key = 'k') => ({ key, value: 'x'.repeat(bytes) });

describe('KafkaPublisher after the broker lost track of the producer', () => {
  it('answers BROKER_UNAVAILABLE once, then sends through a new producer', async () => {
    const producers: { sent: number }[] = [];
    const kafka = {
      producer: () => {
        const state = { sent: 0 };
        const index = producers.push(state) - 1;
        return {
          connect: async () => undefined,
          disconnect: async () => undefined,
          sendBatch: async () => {
            if (index === 0)
              throw Object.assign(new Error('retries exhausted'), {
                originalError: { type: 'OUT_OF_ORDER_SEQUENCE_NUMBER' },
              });
            state.sent++;
          },
        };
      },
    } as unknown as Kafka;
    const settings = {
      brokers: [],
      namespace: '',
      consumerBatchSize: 1,
      partitionsConsumedConcurrently: 1,
      sessionTimeoutMs: 30_000,
      produceTimeoutMs: 1_000,
      topicPartitions: 1,
      replicationFactor: 1,
      maxMessageBytes: 1_000_000,
    };
    const publisher = new KafkaPublisher(kafka, settings);
    await expect(publisher.publish('t', [message(10)])).rejects.toMatchObject({ code: 'BROKER_UNAVAILABLE' });
    await publisher.publish('t', [message(10)]);
    expect(producers.map((p) => p.sent)).toEqual([0, 1]);
  });
});

describe('KafkaPublisher CloudEvents headers', () => {
  const settings = {
    brokers: [],
    namespace: 'ns',
    consumerBatchSize: 1,
    partitionsConsumedConcurrently: 1,
    sessionTimeoutMs: 30_000,
    produceTimeoutMs: 1_000,
    topicPartitions: 1,
    replicationFactor: 1,
    maxMessageBytes: 1_000_000,
  };

  async function sentHeaders(topic: string, headers?: Record<string, string>): Promise<Record<string, unknown>[]> {
    const sent: Record<string, unknown>[] = [];
    const kafka = {
      producer: () => ({
        connect: async () => undefined,
        disconnect: async () => undefined,
        sendBatch: async ({ topicMessages }: { topicMessages: { messages: { headers?: object }[] }[] }) => {
          for (const m of topicMessages.flatMap((t) => t.messages)) sent.push({ ...m.headers });
        },
      }),
    } as unknown as Kafka;
    const publisher = new KafkaPublisher(kafka, settings, undefined, '/news-pipeline/fetcher');
    await publisher.publish(topic, [
      { ...message(10, 'a'), headers },
      { ...message(10, 'b'), headers },
    ]);
    return sent;
  }

  it('gives every message the binary-mode attributes, its topic (without namespace) as type, and keeps its own', async () => {
    const [first, second] = await sentHeaders('news.articles.raw.v1', { traceparent: 'tp' });
    expect(first).toEqual({
      ce_specversion: '1.0',
      ce_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ce_source: '/news-pipeline/fetcher',
      ce_type: 'news.articles.raw.v1',
      ce_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      'content-type': 'application/json',
      traceparent: 'tp',
    });
    expect(second!['ce_id']).not.toBe(first!['ce_id']);
  });

  it('leaves a dead letter with the headers of the event it failed to deliver', async () => {
    const original = { ce_type: 'news.articles.raw.v1', 'dlq.error.code': 'CONTRACT_VIOLATION' };
    expect(await sentHeaders('news.articles.raw.v1.dlq', original)).toEqual([original, original]);
  });
});
