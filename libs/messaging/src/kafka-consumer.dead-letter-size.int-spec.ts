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

const TOPIC = 'size.events.v1';
const LIMIT = 65_536;
const processed: string[] = [];

@Controller()
class RefusingConsumer {
  /** Refuses the big message with a long reason, so its dead letter (value + reason + headers) is over the limit. */
  @EventPattern(TOPIC)
  onEvents(@Payload() batch: MessageBatch): void {
    const events = batch.parse((bytes) => {
      const text = bytes?.toString() ?? '';
      if (text.startsWith('big')) throw new AppError('CONTRACT_VIOLATION', `refused: ${'x'.repeat(3_000)}`);
      return text;
    });
    processed.push(...events.map((e) => e.value));
  }
}

@Module({ controllers: [RefusingConsumer] })
class RefusingModule {}

describe('KafkaConsumerServer with a dead letter larger than its topic takes', () => {
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '1', KAFKA_MAX_MESSAGE_BYTES: String(LIMIT) }).kafka,
    namespace: `size-${randomBytes(4).toString('hex')}`,
  };
  let kafka: Kafka;
  let publisher: KafkaPublisher;
  let microservice: INestMicroservice;

  beforeAll(async () => {
    kafka = createKafka(settings, 'size-spec', { warn: () => undefined, error: () => undefined });
    await ensureTopics(kafka, settings, [TOPIC, deadLetterTopicOf(TOPIC)]);
    publisher = new KafkaPublisher(kafka, settings);
    await publisher.publish(TOPIC, [{ key: 'one', value: 'before' }]);
    await publisher.publish(TOPIC, [{ key: 'one', value: `big${'я'.repeat(31_950)}` }]);
    await publisher.publish(TOPIC, [{ key: 'one', value: 'after' }]);
    ({ service: microservice } = await startConsumerService(RefusingModule, {
      kafka,
      publisher,
      settings,
      group: 'size-group',
    }));
  }, 60_000);

  afterAll(async () => {
    await microservice?.close();
    await publisher?.disconnect();
  });

  it('dead-letters it without its value, with the source coordinates, and goes on', async () => {
    await waitFor(
      async () => (processed.includes('after') ? true : undefined),
      'the message after the big one',
      60_000,
    );
    expect(processed).toEqual(['before', 'after']);

    const letters = await readMessages(kafka, settings, deadLetterTopicOf(TOPIC), 1);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.value).toHaveLength(0);
    expect(letters[0]!.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.code]: 'CONTRACT_VIOLATION',
      [DEAD_LETTER_HEADERS.topic]: inNamespace(settings.namespace, TOPIC),
      [DEAD_LETTER_HEADERS.offset]: '1',
      [DEAD_LETTER_HEADERS.valueOmitted]: String(3 + 31_950 * 2),
    });
  }, 90_000);
});
