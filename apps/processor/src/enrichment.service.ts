import { TOPICS, type RawArticle } from '@app/contracts';
import { KafkaPublisher, type Parsed } from '@app/messaging';
import { childSpan, formatTraceparent, parseTraceparent, PipelineMetrics, TRACEPARENT } from '@app/observability';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { enrichArticle, fingerprintOf, type StageRunner, type Unclustered } from './article-enricher.js';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';
import { StoryIndexRepository } from './story-index.repository.js';

@Injectable()
export class EnrichmentService {
  private readonly logger = new Logger('Enrichment');
  private readonly timed: StageRunner;

  constructor(
    private readonly publisher: KafkaPublisher,
    @Inject(ENTITY_EXTRACTOR) private readonly extractor: EntityExtractor,
    private readonly stories: StoryIndexRepository,
    private readonly metrics: PipelineMetrics,
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

  /**
   * Enriches a batch, places each article in its story cluster, and publishes the batch in one acknowledged
   * write, keyed by article id, each article in its trace. Enrichment is synchronous work (up to seconds for a
   * long hostile text), so `keepAlive` (the batch's heartbeat) is awaited after each article.
   */
  async enrichAll(
    articles: readonly Parsed<RawArticle>[],
    keepAlive: () => Promise<void> = async () => undefined,
  ): Promise<void> {
    const now = new Date();
    const unclustered: Unclustered[] = [];
    for (const { value, origin } of articles) {
      unclustered.push(enrichArticle(value, origin, this.extractor, now, this.timed));
      await keepAlive();
    }
    const stopCluster = this.metrics.stageDuration.startTimer({ stage: 'cluster' });
    const stories = await this.stories.assign(unclustered.map(fingerprintOf));
    stopCluster();
    const messages = unclustered.map((article, i) => {
      const enriched = { ...article, ...stories[i]! };
      const span = childSpan(parseTraceparent(articles[i]!.origin.headers[TRACEPARENT]));
      const traceparent = formatTraceparent(span);
      this.logger.log({
        msg: 'article enriched',
        articleId: enriched.id,
        source: enriched.source,
        storyId: enriched.storyId,
        duplicate: enriched.duplicate,
        entities: enriched.entities.length,
        traceId: span.traceId,
        traceparent,
      });
      return { key: enriched.id, value: JSON.stringify(enriched), headers: { [TRACEPARENT]: traceparent } };
    });
    await this.publisher.publish(TOPICS.enrichedArticles, messages);
  }
}
