import { parseRawArticle, TOPICS } from '@app/contracts';
import { MessageBatch } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EnrichmentService } from './enrichment.service.js';

@Controller()
export class RawArticleConsumer {
  constructor(private readonly enrichment: EnrichmentService) {}

  @EventPattern(TOPICS.rawArticles)
  async onRawArticles(@Payload() batch: MessageBatch): Promise<void> {
    const articles = batch.parse(parseRawArticle);
    await this.enrichment.enrichAll(articles, () => batch.keepAlive());
  }
}
