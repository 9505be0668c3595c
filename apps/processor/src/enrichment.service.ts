import { TOPICS, type RawArticle } from '@app/contracts';
import { KafkaPublisher, type Parsed } from '@app/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { enrichArticle } from './article-enricher.js';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';

@Injectable()
export class EnrichmentService {
  constructor(
    private readonly publisher: KafkaPublisher,
    @Inject(ENTITY_EXTRACTOR) private readonly extractor: EntityExtractor,
  ) {}

  /** Enriches a batch and publishes it in one acknowledged write, keyed by article id. */
  async enrichAll(articles: readonly Parsed<RawArticle>[]): Promise<void> {
    const now = new Date();
    const messages = articles.map(({ value, origin }) => {
      const enriched = enrichArticle(value, origin, this.extractor, now);
      return { key: enriched.id, value: JSON.stringify(enriched) };
    });
    await this.publisher.publish(TOPICS.enrichedArticles, messages);
  }
}
