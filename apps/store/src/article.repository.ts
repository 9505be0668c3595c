import type { EnrichedArticle } from '@app/contracts';
import type { Parsed } from '@app/messaging';
import { childSpan, formatTraceparent, parseTraceparent, PipelineMetrics, TRACEPARENT } from '@app/observability';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArticleEntity } from './article.entity.js';
import { toDatabaseError } from './database-errors.js';

/** Of several deliveries of one article in a batch, the one that must win: highest version, then latest processing. */
function newest(articles: readonly Parsed<EnrichedArticle>[]): Parsed<EnrichedArticle>[] {
  const byId = new Map<string, Parsed<EnrichedArticle>>();
  for (const article of articles) {
    const seen = byId.get(article.value.id);
    const a = article.value;
    const b = seen?.value;
    if (!b || a.version > b.version || (a.version === b.version && a.processedAt >= b.processedAt)) byId.set(a.id, article);
  }
  return [...byId.values()];
}

function toRow({ value: a, origin }: Parsed<EnrichedArticle>): Record<string, unknown> {
  return {
    id: a.id,
    source: a.source,
    external_id: a.externalId,
    version: a.version,
    pub_status: a.pubStatus,
    title: a.title,
    text: a.text,
    lang: a.lang,
    url: a.url ?? null,
    published_at: a.publishedAt,
    embargoed_until: a.embargoedUntil ?? null,
    received_at: a.receivedAt,
    processed_at: a.processedAt,
    content_hash: a.contentHash,
    entities: a.entities,
    processor_version: a.processor.version,
    model_version: a.processor.model,
    lineage: { ...a.lineage, enriched: { topic: origin.topic, partition: origin.partition, offset: origin.offset } },
  };
}

/**
 * One statement per batch: rows arrive as one JSON parameter, and an existing row is replaced only by the
 * same or a newer version, so redelivery and late old versions are harmless.
 */
const UPSERT = `
  INSERT INTO articles (id, source, external_id, version, pub_status, title, text, lang, url, published_at,
    embargoed_until, received_at, processed_at, content_hash, entities, processor_version, model_version, lineage)
  SELECT id, source, external_id, version, pub_status, title, text, lang, url, published_at,
    embargoed_until, received_at, processed_at, content_hash, entities, processor_version, model_version, lineage
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, source text, external_id text, version integer, pub_status text,
    title text, text text, lang text, url text, published_at timestamptz, embargoed_until timestamptz,
    received_at timestamptz, processed_at timestamptz, content_hash text, entities jsonb,
    processor_version text, model_version text, lineage jsonb)
  ON CONFLICT (id) DO UPDATE SET
    version = EXCLUDED.version, pub_status = EXCLUDED.pub_status, title = EXCLUDED.title, text = EXCLUDED.text,
    lang = EXCLUDED.lang, url = EXCLUDED.url, published_at = EXCLUDED.published_at,
    embargoed_until = EXCLUDED.embargoed_until, received_at = EXCLUDED.received_at,
    processed_at = EXCLUDED.processed_at, stored_at = now(), content_hash = EXCLUDED.content_hash,
    entities = EXCLUDED.entities, processor_version = EXCLUDED.processor_version,
    model_version = EXCLUDED.model_version, lineage = EXCLUDED.lineage
  WHERE (articles.version, articles.processed_at) <= (EXCLUDED.version, EXCLUDED.processed_at)`;

@Injectable()
export class ArticleRepository {
  private readonly logger = new Logger('Store');

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: PipelineMetrics,
  ) {}

  /** Writes a batch in one transaction; database failures are mapped to the error catalogue. */
  async upsertMany(articles: readonly Parsed<EnrichedArticle>[]): Promise<void> {
    if (articles.length === 0) return;
    const winners = newest(articles);
    const stopTimer = this.metrics.dbWriteDuration.startTimer({ table: 'articles' });
    try {
      await this.dataSource.transaction((manager) => manager.query(UPSERT, [JSON.stringify(winners.map(toRow))]));
    } catch (error) {
      throw toDatabaseError(error);
    }
    const seconds = stopTimer();
    this.metrics.dbBatchSize.observe({ table: 'articles' }, winners.length);
    this.metrics.stageDuration.observe({ stage: 'write' }, seconds / winners.length);
    for (const { value, origin } of winners) {
      const span = childSpan(parseTraceparent(origin.headers[TRACEPARENT]));
      this.logger.log({ msg: 'article stored', articleId: value.id, source: value.source, version: value.version, traceId: span.traceId, traceparent: formatTraceparent(span) });
    }
  }

  async findById(id: string): Promise<ArticleEntity | null> {
    try {
      return await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    } catch (error) {
      throw toDatabaseError(error);
    }
  }
}
