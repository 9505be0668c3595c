import { parseEnrichedArticle, TOPICS } from '@app/contracts';
import { MessageBatch } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleWriteRepository } from './article-write.repository.js';

@Controller()
export class EnrichedArticleConsumer {
  constructor(private readonly articles: ArticleWriteRepository) {}

  @EventPattern(TOPICS.enrichedArticles)
  async onEnrichedArticles(@Payload() batch: MessageBatch): Promise<void> {
    const articles = batch.parse(parseEnrichedArticle);
    await this.articles.upsertMany(articles);
  }
}
