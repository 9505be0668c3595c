import { loadConfig } from '@app/config';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { startConsumerService } from '../../../test/support/consumer-service.js';
import { waitFor } from '../../../test/support/wait-for.js';
import { createKafka, inNamespace } from './kafka-options.js';
import { KafkaPublisher } from './kafka-publisher.js';
import type { MessageBatch } from './message-batch.js';
import { ensureTopics } from './topic-admin.js';

const TOPIC = 'stop.events.v1';
const handled: string[] = [];
let started = false;
let release: () => void = () => undefined;
const released = new Promise<void>((resolve) => (release = resolve));

@Controller()
class SlowConsumer {
  /** Holds the first batch until the test has asked the service to stop. */
  @EventPattern(TOPIC)
  async onEvents(@Payload() batch: MessageBatch): Promise<void> {
    started = true;
    await released;
    handled.push(...batch.parse((bytes) => bytes?.toString() ?? '').map((e) => e.value));
  }
}

@Module({ controllers: [SlowConsumer] })
class SlowModule {}

describe('KafkaConsumerServer stopping with a batch in hand', () => {
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '1' }).kafka,
    namespace: `stop-${randomBytes(4).toString('hex')}`,
  };
  let kafka: Kafka;
  let publisher: KafkaPublisher;
  let microservice: INestMicroservice;

  beforeAll(async () => {
    kafka = createKafka(settings, 'stop-spec', { warn: () => undefined, error: () => undefined });
    await ensureTopics(kafka, settings, [TOPIC]);
    publisher = new KafkaPublisher(kafka, settings);
    await publisher.publish(
      TOPIC,
      ['a', 'b', 'c'].map((value) => ({ key: 'same-partition', value })),
    );
    ({ service: microservice } = await startConsumerService(SlowModule, {
      kafka,
      publisher,
      settings,
      group: 'stop-group',
    }));
  }, 60_000);

  afterAll(() => publisher?.disconnect());

  it('finishes the batch and commits it, so a restart does not handle it again', async () => {
    await waitFor(async () => (started ? true : undefined), 'the first batch to reach the handler', 60_000);
    const closing = microservice.close();
    // Let the consumer mark itself stopping before the handler returns.
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await closing;
    expect(handled).toEqual(['a', 'b', 'c']);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [topic] = await admin.fetchOffsets({
        groupId: inNamespace(settings.namespace, 'stop-group'),
        topics: [inNamespace(settings.namespace, TOPIC)],
      });
      expect(topic?.partitions[0]?.offset).toBe('3');
    } finally {
      await admin.disconnect();
    }
  }, 60_000);
});
