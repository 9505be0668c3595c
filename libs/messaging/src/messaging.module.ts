import { APP_CONFIG, type AppConfig } from '@app/config';
import { allTopics } from '@app/contracts';
import { PipelineMetrics } from '@app/observability';
import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { kafkaConsumerProvider } from './consumer.providers.js';
import { KAFKA } from './kafka.token.js';
import type { Kafka } from 'kafkajs';
import { createKafka } from './kafka-options.js';
import { KafkaPublisher } from './kafka-publisher.js';
import { ensureTopics } from './topic-admin.js';

const RETRY_INTERVAL_MS = 5_000;
const STARTUP_WAIT_MS = 10_000;

@Global()
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Kafka');
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly publisher: KafkaPublisher,
  ) {}

  /**
   * Provides the Kafka client and publisher for service `clientId`, and with `consumerGroup` the
   * `KafkaConsumerServer` that `connectConsumer` attaches to the app. With `instance` (`instanceKey(port)`), the
   * Kafka client id carries it, so a process restarted in the same place evicts what its predecessor left.
   */
  static forRoot(options: { clientId: string; consumerGroup?: string; instance?: string }): DynamicModule {
    const logger = new Logger('kafkajs');
    const kafkaClientId = options.instance === undefined ? options.clientId : `${options.clientId}@${options.instance}`;
    const providers: Provider[] = [
      {
        provide: KAFKA,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) => createKafka(config.kafka, kafkaClientId, logger),
      },
      {
        provide: KafkaPublisher,
        inject: [KAFKA, APP_CONFIG, PipelineMetrics],
        useFactory: (kafka: Kafka, config: AppConfig, metrics: PipelineMetrics) =>
          new KafkaPublisher(kafka, config.kafka, metrics, `/news-pipeline/${options.clientId}`),
      },
    ];
    if (options.consumerGroup !== undefined)
      providers.push(kafkaConsumerProvider(options.consumerGroup, options.instance && kafkaClientId));
    return {
      module: MessagingModule,
      providers,
      exports: providers.map((p) => (p as { provide: unknown }).provide as symbol),
    };
  }

  /**
   * Topics are created explicitly (auto-creation is off everywhere). Start-up waits a bounded time for
   * that; a broker that is down does not stop the service: readiness says so, and preparation goes on
   * in the background until it succeeds.
   */
  async onModuleInit(): Promise<void> {
    const prepared = this.prepareUntilDone();
    await Promise.race([prepared, new Promise((resolve) => setTimeout(resolve, STARTUP_WAIT_MS).unref())]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.publisher.disconnect().catch(() => undefined);
  }

  private async prepareUntilDone(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.prepare();
        if (attempt > 1) this.logger.log('Kafka reachable; topics ensured');
        return;
      } catch (error) {
        if (attempt === 1)
          this.logger.warn(`Kafka not reachable (${(error as Error).message}); retrying in the background`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_INTERVAL_MS).unref());
      }
    }
  }

  private async prepare(): Promise<void> {
    await ensureTopics(this.kafka, this.config.kafka, allTopics());
    await this.publisher.connect();
  }
}
