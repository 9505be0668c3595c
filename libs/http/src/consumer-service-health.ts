import { postgresHealthIndicator } from '@app/database';
import { consumerHealthIndicator, KAFKA, KafkaConsumerServer, kafkaHealthIndicator } from '@app/messaging';
import type { DynamicModule } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { HealthModule } from './health.module.js';

/** Readiness of a service that consumes Kafka into PostgreSQL: the broker, its group membership, the database. */
export function consumerServiceHealth(): DynamicModule {
  return HealthModule.forRoot({
    inject: [KAFKA, KafkaConsumerServer, DataSource],
    useFactory: (kafka: Kafka, consumer: KafkaConsumerServer, dataSource: DataSource) => [
      kafkaHealthIndicator(kafka),
      consumerHealthIndicator(consumer),
      postgresHealthIndicator(dataSource),
    ],
  });
}
