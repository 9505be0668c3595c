import { APP_CONFIG, type AppConfig } from '@app/config';
import { articleId, TOPICS, type RawArticle } from '@app/contracts';
import { AppError } from '@app/errors';
import { KafkaPublisher } from '@app/messaging';
import { childSpan, formatTraceparent, TRACEPARENT, type TraceContext } from '@app/observability';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DecodedPayload, IntakeItem, ItemError, Repair } from './intake-item.js';
import { IntakeLedgerRepository, type LedgerEntry } from './intake-ledger.repository.js';
import { OriginalPayloadRepository } from './original-payload.repository.js';
import { classify, contentHashOf } from './intake-outcome.js';
import { RateLimiter } from './rate-limiter.js';
import { SourceFreshness } from './source-freshness.service.js';
import { FetcherMetrics } from './fetcher-metrics.js';

/** What the intake knows about the request an article came in. */
export interface Receipt {
  format: string;
  payloadHash: string;
  receivedAt: Date;
  /** The caller's trace, when the request carried a `traceparent`; each article gets a span in it. */
  trace?: TraceContext;
  /** The bytes as sent and their Content-Type, kept (before anything is published) for `replay --reparse`. */
  original?: { mediaType: string; payload: Buffer };
}

export interface ItemResult {
  index: number;
  status: 'new' | 'new-version' | 'duplicate' | 'rejected';
  id?: string;
  externalId?: string;
  reason?: string;
  error?: ItemError;
  /** What the decoder repaired or dropped to accept the item (docs/feeds.md). */
  warnings?: Repair[];
}

export interface IntakeReport {
  format: string;
  accepted: number;
  rejected: number;
  results: ItemResult[];
}

/**
 * The raw-topic message for one accepted item; pure, so ids and lineage are unit-testable. `id` is the item's
 * article id when the caller has it already (a SHA-1 each, which the intake computes once per item).
 */
export function toRawArticle(
  source: string,
  item: IntakeItem,
  receipt: Receipt,
  id = articleId(source, item.externalId),
): RawArticle {
  const optional = <K extends keyof IntakeItem>(key: K) => (item[key] === undefined ? {} : { [key]: item[key] });
  return {
    id,
    source,
    externalId: item.externalId,
    version: item.version,
    pubStatus: item.pubStatus,
    title: item.title,
    body: item.body,
    ...optional('url'),
    publishedAt: item.publishedAt,
    ...optional('lang'),
    ...optional('embargoedUntil'),
    ...optional('versionCreated'),
    ...optional('sourceIds'),
    ...optional('metadata'),
    ...optional('publishedAtSource'),
    receivedAt: receipt.receivedAt.toISOString(),
    lineage: { format: receipt.format, payloadHash: receipt.payloadHash },
  };
}

/** SHA-256 of the request bytes, recorded as lineage on every article they carried. */
export function payloadHashOf(payload: Buffer): string {
  return createHash('sha256').update(payload).digest('hex');
}

@Injectable()
export class ArticleIntakeService {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly publisher: KafkaPublisher,
    private readonly ledger: IntakeLedgerRepository,
    private readonly originals: OriginalPayloadRepository,
    private readonly metrics: FetcherMetrics,
    private readonly freshness: SourceFreshness,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Publishes the new articles and new versions of a decoded payload in one acknowledged write (acks=all,
   * keyed by article id) and reports every item. Resolves only once Kafka has them.
   */
  async submit(source: string, decoded: DecodedPayload, receipt: Receipt): Promise<IntakeReport> {
    const limit = this.config.intake.batchLimit;
    if (decoded.items.length > limit)
      throw new AppError(
        'BATCH_TOO_LARGE',
        `${decoded.items.length} articles in one request; the limit is ${limit}: send at most ${limit} per request, ` +
          'or register the feed (POST /v1/feeds) to have it polled, which takes a feed of any length in batches',
      );
    const items = decoded.items.flatMap((d) =>
      'item' in d ? [{ ...d, id: articleId(source, d.item.externalId) }] : [],
    );
    await this.limiter.take(source, Math.max(1, items.length));
    const known = await this.ledger.find([...new Set(items.map((i) => i.id))]);
    const results: ItemResult[] = decoded.items.flatMap((d) =>
      'error' in d ? [{ index: d.index, status: 'rejected' as const, error: d.error }] : [],
    );
    const published: { raw: RawArticle; entry: LedgerEntry; span: TraceContext }[] = [];
    for (const { index, item, id, repairs } of items) {
      const contentHash = contentHashOf(item);
      const outcome = classify(item, contentHash, known.get(id));
      results.push({ index, id, externalId: item.externalId, ...outcome, ...(repairs ? { warnings: repairs } : {}) });
      if (outcome.status === 'duplicate') continue;
      const entry: LedgerEntry = {
        articleId: id,
        source,
        externalId: item.externalId,
        version: item.version,
        versionCreated: item.versionCreated ?? null,
        pubStatus: item.pubStatus,
        contentHash,
      };
      known.set(id, entry);
      published.push({ raw: toRawArticle(source, item, receipt, id), entry, span: childSpan(receipt.trace) });
    }
    if (published.length > 0 && receipt.original)
      await this.originals.keep({
        source,
        payloadHash: receipt.payloadHash,
        format: decoded.format,
        ...receipt.original,
        receivedAt: receipt.receivedAt,
      });
    await this.publisher.publish(
      TOPICS.rawArticles,
      published.map(({ raw, span }) => ({
        key: raw.id,
        value: JSON.stringify(raw),
        headers: { [TRACEPARENT]: formatTraceparent(span) },
      })),
    );
    await this.ledger.record(published.map(({ entry }) => entry));
    results.sort((a, b) => a.index - b.index);
    this.report(source, results, published);
    const rejected = results.filter((r) => r.status === 'rejected').length;
    return { format: decoded.format, accepted: results.length - rejected, rejected, results };
  }

  private report(
    source: string,
    results: readonly ItemResult[],
    published: readonly { raw: RawArticle; span: TraceContext }[],
  ): void {
    for (const r of results) {
      this.metrics.intakeArticles.inc({ source, outcome: r.status.replace('-', '_'), reason: r.error?.code ?? '' });
      for (const w of r.warnings ?? []) this.metrics.intakeRepairs.inc({ source, code: w.code });
    }
    if (results.some((r) => r.status !== 'rejected')) this.freshness.delivered(source, new Date());
    for (const { raw, span } of published) {
      this.logger.log({
        msg: 'article accepted',
        articleId: raw.id,
        source,
        version: raw.version,
        pubStatus: raw.pubStatus,
        traceId: span.traceId,
        traceparent: formatTraceparent(span),
      });
    }
  }
}
