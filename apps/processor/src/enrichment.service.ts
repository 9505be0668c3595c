import { TOPICS, type RawArticle } from '@app/contracts';
import { KafkaPublisher, type Parsed } from '@app/messaging';
import { childSpan, formatTraceparent, parseTraceparent, PipelineMetrics, TRACEPARENT } from '@app/observability';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { enrichArticle, type StageRunner } from './article-enricher.js';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';

@Injectable()
export class EnrichmentService {
  private readonly logger = new Logger('Enrichment');
  private readonly timed: StageRunner;

  constructor(
    private readonly publisher: KafkaPublisher,
    @Inject(ENTITY_EXTRACTOR) private readonly extractor: EntityExtractor,
    metrics: PipelineMetrics,
  ) {
    this.timed = (stage, work) => {
      const stop = metrics.stageDuration.startTimer({ stage });
      try {
        return work();
      } finally {
        stop();
      }
    };
  }

  /** Enriches a batch and publishes it in one acknowledged write, keyed by article id, each in its trace. */
  async enrichAll(articles: readonly Parsed<RawArticle>[]): Promise<void> {
    const now = new Date();
    const messages = articles.map(({ value, origin }) => {
      const enriched = enrichArticle(value, origin, this.extractor, now, this.timed);
      const span = childSpan(parseTraceparent(origin.headers[TRACEPARENT]));
      this.logger.log({ msg: 'article enriched', articleId: enriched.id, source: enriched.source, entities: enriched.entities.length, traceId: span.traceId, traceparent: formatTraceparent(span) });
      return { key: enriched.id, value: JSON.stringify(enriched), headers: { [TRACEPARENT]: formatTraceparent(span) } };
    });
    await this.publisher.publish(TOPICS.enrichedArticles, messages);
  }
}
