import { loadConfig } from '@app/config';
import { deadLetterTopicOf } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { readMessages, startConsumerService } from '../../../test/support/consumer-service.js';
import { waitFor } from '../../../test/support/wait-for.js';
import { DEAD_LETTER_HEADERS } from './dead-letter.js';
import { createKafka, inNamespace } from './kafka-options.js';
import { KafkaPublisher } from './kafka-publisher.js';
import type { MessageBatch } from './message-batch.js';
import { ensureTopics } from './topic-admin.js';

const TOPIC = 'int.events.v1';
const processed: string[] = [];
let flakyFailures = 0;

const parseText = (bytes: Buffer | null): string => {
  const text = bytes?.toString() ?? '';
  if (text.startsWith('invalid')) throw new AppError('CONTRACT_VIOLATION', `not an event: ${text}`);
  return text;
};

@Controller()
class EventsConsumer {
  @EventPattern(TOPIC)
  async onEvents(@Payload() batch: MessageBatch): Promise<void> {
    const events = batch.parse(parseText);
    if (events.some((e) => e.value === 'flaky') && flakyFailures++ < 2)
      throw new AppError('DATABASE_UNAVAILABLE', 'simulated outage');
    if (events.some((e) => e.value === 'poison')) throw new RangeError('deterministic bug on poison');
    processed.push(...events.map((e) => e.value));
  }
}

@Module({ controllers: [EventsConsumer] })
class EventsModule {}

describe('KafkaConsumerServer against a real broker', () => {
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '1' }).kafka,
    namespace: `int-${randomBytes(4).toString('hex')}`,
  };
  const quiet = { warn: () => undefined, error: () => undefined };
  let kafka: Kafka;
  let publisher: KafkaPublisher;
  let microservice: INestMicroservice;

  beforeAll(async () => {
    kafka = createKafka(settings, 'int-spec', quiet);
    await ensureTopics(kafka, settings, [TOPIC, deadLetterTopicOf(TOPIC)]);
    publisher = new KafkaPublisher(kafka, settings);
    await publisher.publish(
      TOPIC,
      ['a', 'invalid-1', 'b', 'flaky', 'c', 'poison', 'd'].map((value) => ({ key: 'same-partition', value })),
    );
    ({ service: microservice } = await startConsumerService(EventsModule, {
      kafka,
      publisher,
      settings,
      group: 'int-group',
    }));
  }, 60_000);

  afterAll(async () => {
    await microservice?.close();
    await publisher?.disconnect();
  });

  it('processes every good message, retries the outage and dead-letters only the bad ones', async () => {
    await waitFor(async () => (processed.includes('d') ? true : undefined), 'the last event to be processed', 60_000);
    expect(processed).toEqual(['a', 'b', 'flaky', 'c', 'd']);
    expect(flakyFailures).toBeGreaterThanOrEqual(2);

    const letters = (await readMessages(kafka, settings, deadLetterTopicOf(TOPIC), 2)).map((l) => ({
      value: l.value.toString(),
      headers: l.headers,
    }));
    expect(letters.map((l) => [l.value, l.headers[DEAD_LETTER_HEADERS.code]])).toEqual([
      ['invalid-1', 'CONTRACT_VIOLATION'],
      ['poison', 'PROCESSING_FAILED'],
    ]);
    expect(letters[1]!.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.topic]: inNamespace(settings.namespace, TOPIC),
      [DEAD_LETTER_HEADERS.partition]: '0',
      [DEAD_LETTER_HEADERS.offset]: '5',
      [DEAD_LETTER_HEADERS.reason]: 'deterministic bug on poison',
    });
  }, 90_000);

  it('commits offset + 1 of the last message once the batch is done', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const committed = await waitFor(async () => {
        const [topic] = await admin.fetchOffsets({
          groupId: inNamespace(settings.namespace, 'int-group'),
          topics: [inNamespace(settings.namespace, TOPIC)],
        });
        const offset = topic?.partitions[0]?.offset;
        return offset === '7' ? offset : undefined;
      }, 'the committed offset to reach 7');
      expect(committed).toBe('7');
    } finally {
      await admin.disconnect();
    }
  }, 30_000);
});
