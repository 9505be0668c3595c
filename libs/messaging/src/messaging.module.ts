import { APP_CONFIG, type AppConfig } from '@app/config';
import { allTopics } from '@app/contracts';
import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { kafkaConsumerProvider } from './consumer.providers.js';
import { KAFKA } from './kafka.token.js';
import type { Kafka } from 'kafkajs';
import { createKafka } from './kafka-options.js';
import { KafkaPublisher } from './kafka-publisher.js';
import { ensureTopics } from './topic-admin.js';


const RETRY_INTERVAL_MS = 5_000;

@Global()
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Kafka');
  private retryTimer: NodeJS.Timeout | undefined;
  private preparing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly publisher: KafkaPublisher,
  ) {}

  /**
   * Provides the Kafka client and publisher for service `clientId`, and with `consumerGroup` the
   * `KafkaConsumerServer` that `connectConsumer` attaches to the app.
   */
  static forRoot(options: { clientId: string; consumerGroup?: string }): DynamicModule {
    const logger = new Logger('kafkajs');
    const providers: Provider[] = [
      { provide: KAFKA, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createKafka(config.kafka, options.clientId, logger) },
      { provide: KafkaPublisher, inject: [KAFKA, APP_CONFIG], useFactory: (kafka: Kafka, config: AppConfig) => new KafkaPublisher(kafka, config.kafka) },
    ];
    if (options.consumerGroup !== undefined) providers.push(kafkaConsumerProvider(options.consumerGroup));
    return { module: MessagingModule, providers, exports: providers.map((p) => (p as { provide: unknown }).provide as symbol) };
  }

  /**
   * Topics are created explicitly (auto-creation is off everywhere). A broker that is down at start-up
   * does not stop the service: readiness says so, and the publisher connects on first use.
   */
  async onModuleInit(): Promise<void> {
    try {
      await this.prepare();
    } catch (error) {
      this.logger.warn(`Kafka not reachable at start-up (${(error as Error).message}); retrying in the background`);
      this.retryTimer = setInterval(() => void this.retryPrepare(), RETRY_INTERVAL_MS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.retryTimer);
    await this.publisher.disconnect().catch(() => undefined);
  }

  private async prepare(): Promise<void> {
    await ensureTopics(this.kafka, this.config.kafka, allTopics());
    await this.publisher.connect();
  }

  private async retryPrepare(): Promise<void> {
    if (this.preparing) return;
    this.preparing = true;
    try {
      await this.prepare();
      clearInterval(this.retryTimer);
      this.logger.log('Kafka reachable; topics ensured');
    } catch {
      // still down: readiness reports it, and the next tick tries again
    } finally {
      this.preparing = false;
    }
  }
}
