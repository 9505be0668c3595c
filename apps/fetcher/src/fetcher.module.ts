import { ConfigModule, type AppConfig } from '@app/config';
import { HealthModule } from '@app/http';
import { KAFKA, kafkaHealthIndicator, MessagingModule } from '@app/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { ArticleIntakeService } from './article-intake.service.js';
import { ArticleController } from './article.controller.js';

@Module({})
export class FetcherModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: FetcherModule,
      imports: [
        ConfigModule.forRoot(config),
        MessagingModule.forRoot({ clientId: 'fetcher' }),
        HealthModule.forRoot({ inject: [KAFKA], useFactory: (kafka: Kafka) => [kafkaHealthIndicator(kafka)] }),
      ],
      controllers: [ArticleController],
      providers: [ArticleIntakeService],
    };
  }
}
