import { loadConfig } from '@app/config';
import { AppError } from '@app/errors';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { startConsumerService } from '../../../test/support/consumer-service.js';
import { waitFor } from '../../../test/support/wait-for.js';
import type { KafkaConsumerServer } from './kafka-consumer.server.js';
import { createKafka } from './kafka-options.js';
import { KafkaPublisher } from './kafka-publisher.js';
import type { MessageBatch } from './message-batch.js';
import { ensureTopics } from './topic-admin.js';

const TOPIC = 'rebalance.events.v1';
const handled = new Set<string>();
let outage = true;
let failures = 0;

@Controller()
class OutageConsumer {
  @EventPattern(TOPIC)
  onEvents(@Payload() batch: MessageBatch): void {
    if (outage) {
      failures++;
      throw new AppError('DATABASE_UNAVAILABLE', 'simulated outage');
    }
    for (const event of batch.parse((bytes) => bytes?.toString() ?? '')) handled.add(event.value);
  }
}

@Module({ controllers: [OutageConsumer] })
class OutageModule {}

describe('KafkaConsumerServer retrying through an outage while its group changes', () => {
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '2' }).kafka,
    namespace: `rebal-${randomBytes(4).toString('hex')}`,
  };
  let kafka: Kafka;
  let publisher: KafkaPublisher;
  const services: INestMicroservice[] = [];

  async function member(): Promise<KafkaConsumerServer> {
    const { service, server } = await startConsumerService(OutageModule, {
      kafka,
      publisher,
      settings,
      group: 'rebalance-group',
    });
    services.push(service);
    return server;
  }

  const holds = (server: KafkaConsumerServer) => async () =>
    Object.values(server.assignedPartitions ?? {}).flat().length > 0 ? true : undefined;

  beforeAll(async () => {
    kafka = createKafka(settings, 'rebalance-spec', { warn: () => undefined, error: () => undefined });
    await ensureTopics(kafka, settings, [TOPIC]);
    publisher = new KafkaPublisher(kafka, settings);
    await publisher.publish(
      TOPIC,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ key: value, value })),
    );
  }, 60_000);

  afterAll(async () => {
    for (const service of services) await service.close();
    await publisher?.disconnect();
  });

  it('lets a new member join within seconds, not after the rebalance timeout, and loses nothing', async () => {
    const first = await member();
    await waitFor(async () => (failures >= 2 ? true : undefined), 'the first member to be retrying', 60_000);
    const second = await member();
    // kafkajs's rebalance timeout is 60 s: a member that never answers the rebalance holds the group that long.
    await waitFor(holds(second), 'the second member to be given a partition', 20_000);
    outage = false;
    await waitFor(async () => (handled.size === 6 ? true : undefined), 'every message to be handled', 60_000);
    await waitFor(holds(first), 'the first member to be back in the group', 30_000);
  }, 150_000);
});
