import { APP_CONFIG, type AppConfig } from '@app/config';
import { DeadLetterInbox, KAFKA, KafkaPublisher } from '@app/messaging';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { SOURCE_TOPICS } from './dead-letter.topics.js';

export { SOURCE_TOPICS, type SourceTopicName } from './dead-letter.topics.js';

/** The console's reader of the `.dlq` topics, started and stopped with the app. */
@Injectable()
export class DeadLetterService extends DeadLetterInbox implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(KAFKA) kafka: Kafka, @Inject(APP_CONFIG) config: AppConfig, publisher: KafkaPublisher) {
    super(kafka, config.kafka, publisher, Object.values(SOURCE_TOPICS));
  }

  async onModuleInit(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
