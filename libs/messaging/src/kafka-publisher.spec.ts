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
