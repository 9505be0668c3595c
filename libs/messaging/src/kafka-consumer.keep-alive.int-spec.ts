import { loadConfig } from '@app/config';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startConsumerService } from '../../../test/support/consumer-service.js';
import { waitFor } from '../../../test/support/wait-for.js';
import { createKafka, inNamespace } from './kafka-options.js';
import { KafkaPublisher } from './kafka-publisher.js';
import type { MessageBatch } from './message-batch.js';
import { ensureTopics } from './topic-admin.js';

const TOPIC = 'keepalive.events.v1';
/** Each message blocks the event loop this long: four of them outlast the 6 s session timeout together, not alone. */
const WORK_MS = 2_500;
const handled: string[] = [];

function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // synchronous work, as entity extraction is: nothing else runs, kafkajs included
  }
}

@Controller()
class SlowSyncConsumer {
  @EventPattern(TOPIC)
  async onEvents(@Payload() batch: MessageBatch): Promise<void> {
    for (const event of batch.parse((bytes) => bytes?.toString() ?? '')) {
      busy(WORK_MS);
      handled.push(event.value);
      await batch.keepAlive();
    }
  }
}

@Module({ controllers: [SlowSyncConsumer] })
class SlowSyncModule {}

describe('KafkaConsumerServer with a handler whose batch outlasts the session timeout', () => {
  const env = { ...process.env, KAFKA_TOPIC_PARTITIONS: '1', KAFKA_SESSION_TIMEOUT_MS: '6000' };
  const settings = { ...loadConfig(env).kafka, namespace: `keepalive-${randomBytes(4).toString('hex')}` };
  let kafka: Kafka;
  let publisher: KafkaPublisher;
  let service: INestMicroservice | undefined;

  beforeAll(async () => {
    kafka = createKafka(settings, 'keepalive-spec', { warn: () => undefined, error: () => undefined });
    await ensureTopics(kafka, settings, [TOPIC]);
    publisher = new KafkaPublisher(kafka, settings);
    await publisher.publish(
      TOPIC,
      ['a', 'b', 'c', 'd'].map((value) => ({ key: value, value })),
    );
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await publisher?.disconnect();
  });

  it('keeps its partition by heartbeating between messages: each is handled once and the batch is committed', async () => {
    ({ service } = await startConsumerService(SlowSyncModule, {
      kafka,
      publisher,
      settings,
      group: 'keepalive-group',
    }));
    await waitFor(async () => (handled.length >= 4 ? true : undefined), 'the four messages to be handled', 60_000);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const group = inNamespace(settings.namespace, 'keepalive-group');
      const committed = async () =>
        (await admin.fetchOffsets({ groupId: group, topics: [inNamespace(settings.namespace, TOPIC)] }))[0]!
          .partitions[0]!.offset;
      await waitFor(async () => ((await committed()) === '4' ? true : undefined), 'the batch to be committed', 30_000);
      // A member evicted mid-batch would have its commit refused and get the batch again after rejoining.
      await sleep(8_000);
      expect(handled).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await admin.disconnect();
    }
  }, 120_000);
});
