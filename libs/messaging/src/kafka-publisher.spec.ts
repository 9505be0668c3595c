import type { Kafka } from 'kafkajs';
import { chunkBySize, KafkaPublisher } from './kafka-publisher.js';

const message = (bytes: number, key = 'k') => ({ key, value: 'x'.repeat(bytes) });

describe('chunkBySize', () => {
  it('keeps every chunk within the limit and the messages in order', () => {
    const messages = [message(400, 'a'), message(400, 'b'), message(400, 'c'), message(100, 'd')];
    const chunks = chunkBySize(messages, 1_000);
    expect(chunks.map((c) => c.map((m) => m.key))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('gives a message larger than the limit a chunk of its own', () => {
    expect(chunkBySize([message(10), message(5_000), message(10)], 1_000).map((c) => c.length)).toEqual([1, 1, 1]);
  });

  it('counts bytes, not characters', () => {
    const cyrillic = [{ key: 'a', value: 'я'.repeat(300) }, { key: 'b', value: 'я'.repeat(300) }];
    expect(chunkBySize(cyrillic, 1_000)).toHaveLength(2);
  });

  it('returns nothing for nothing', () => {
    expect(chunkBySize([], 1_000)).toEqual([]);
  });
});

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
          send: async () => {
            if (index === 0) throw Object.assign(new Error('retries exhausted'), { originalError: { type: 'OUT_OF_ORDER_SEQUENCE_NUMBER' } });
            state.sent++;
          },
        };
      },
    } as unknown as Kafka;
    const settings = { brokers: [], namespace: '', consumerBatchSize: 1, partitionsConsumedConcurrently: 1, produceTimeoutMs: 1_000, topicPartitions: 1, replicationFactor: 1, maxMessageBytes: 1_000_000 };
    const publisher = new KafkaPublisher(kafka, settings);
    await expect(publisher.publish('t', [message(10)])).rejects.toMatchObject({ code: 'BROKER_UNAVAILABLE' });
    await publisher.publish('t', [message(10)]);
    expect(producers.map((p) => p.sent)).toEqual([0, 1]);
  });
});
