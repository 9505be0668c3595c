import { APP_CONFIG, type AppConfig } from '@app/config';
import { PipelineMetrics } from '@app/observability';
import { type INestApplication, Logger, type Provider } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { KafkaConsumerServer } from './kafka-consumer.server.js';
import { KafkaPublisher } from './kafka-publisher.js';
import { KAFKA } from './kafka.token.js';
import { RethrowRpcErrorsFilter } from './rethrow-rpc-errors.filter.js';

/**
 * Provides the service's `KafkaConsumerServer` for consumer group `group` (namespaced by configuration); `clientId`
 * when the Kafka client's id carries the instance key (see `KafkaConsumerServerOptions.clientId`).
 */
export function kafkaConsumerProvider(group: string, clientId?: string): Provider {
  return {
    provide: KafkaConsumerServer,
    inject: [KAFKA, KafkaPublisher, APP_CONFIG, PipelineMetrics],
    useFactory: (kafka: Kafka, publisher: KafkaPublisher, config: AppConfig, metrics: PipelineMetrics) =>
      new KafkaConsumerServer({
        kafka,
        publisher,
        settings: config.kafka,
        group,
        logger: new Logger(`consumer:${group}`),
        metrics,
        clientId,
      }),
  };
}

/**
 * Attaches the consumer to the app as a Nest microservice and starts it. Handler errors reach the
 * consumer's failure policy unchanged (see `RethrowRpcErrorsFilter`).
 */
export async function connectConsumer(app: INestApplication): Promise<void> {
  // Initialising first runs MessagingModule's topic creation, so the consumer subscribes to existing topics.
  await app.init();
  const microservice = app.connectMicroservice(
    { strategy: app.get(KafkaConsumerServer) },
    { inheritAppConfig: false, deferInitialization: true },
  );
  microservice.useGlobalFilters(new RethrowRpcErrorsFilter());
  await app.startAllMicroservices();
}

/**
 * Readiness: the consumer is a member of its group; the details list the partitions it holds. A member
 * holding none (more instances than partitions) is idle, not broken, so it stays ready.
 */
export function consumerHealthIndicator(consumer: KafkaConsumerServer): {
  name: string;
  check(): Promise<Record<string, unknown>>;
} {
  return {
    name: 'consumer',
    check: async () => {
      const assigned = consumer.assignedPartitions;
      if (!assigned) throw new Error('not a member of its consumer group yet');
      const partitions = Object.values(assigned).reduce((sum, list) => sum + list.length, 0);
      return { partitions, assigned };
    },
  };
}
