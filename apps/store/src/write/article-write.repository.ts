import type { EnrichedArticle } from '@app/contracts';
import { withDatabaseErrors } from '@app/database';
import { AppError } from '@app/errors';
import type { Parsed } from '@app/messaging';
import { childSpan, formatTraceparent, parseTraceparent, PipelineMetrics, TRACEPARENT } from '@app/observability';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toWriteBatch, writeRounds, type WriteBatch } from './write-batch.js';
import {
  DELETE_LINKS,
  INSERT_ENTITIES,
  INSERT_LINKS,
  LOCK_ENTITIES,
  UPDATE_COUNTS,
  UPDATE_DAYS,
  UPSERT_ARTICLES,
} from './article-write.sql.js';
import { INSERT_ENTITY_NAMES } from './entity-names.sql.js';

/** What one batch changed: the articles written, and those whose entity links were replaced. */
export interface WriteOutcome {
  written: string[];
  relinked: string[];
}

/**
 * What the upsert did, plus which of the relinked rows already existed (only those can have links to remove) and
 * each written row's published time as stored (a kill keeps the article's, whatever the kill message says).
 */
interface Upserted extends WriteOutcome {
  replaced: string[];
  publishedAt: Map<string, string>;
}

/** Rows an upsert actually wrote, and of those the ones whose content came from the message (not kept by a kill). */
async function upsertArticles(manager: EntityManager, batch: WriteBatch): Promise<Upserted> {
  const rows: { id: string; content_hash: string; published_at: Date; inserted: boolean }[] = await manager.query(
    UPSERT_ARTICLES,
    [JSON.stringify(batch.articles)],
  );
  const incoming = new Map(batch.articles.map((a) => [a.id as string, a.content_hash as string]));
  const relinked = rows.filter((r) => incoming.get(r.id) === r.content_hash);
  return {
    written: rows.map((r) => r.id),
    relinked: relinked.map((r) => r.id),
    replaced: relinked.filter((r) => !r.inserted).map((r) => r.id),
    publishedAt: new Map(rows.map((r) => [r.id, new Date(r.published_at).toISOString()])),
  };
}

interface DayDelta {
  key: string;
  day: string;
  articles: number;
  mentions: number;
}

/** Per (entity, UTC day): what the new links add minus what the removed ones counted. */
function dayDeltas(
  removed: readonly { entity_key: string; day: string; articles: number; mentions: number }[],
  added: WriteBatch['links'],
): DayDelta[] {
  const deltas = new Map<string, DayDelta>();
  // An article's links share its published time: one date conversion per article, not one per link.
  const days = new Map<string, string>();
  const dayOf = (publishedAt: string) => {
    let day = days.get(publishedAt);
    if (day === undefined) days.set(publishedAt, (day = new Date(publishedAt).toISOString().slice(0, 10)));
    return day;
  };
  const move = (key: string, day: string, articles: number, mentions: number) => {
    const id = `${key}|${day}`;
    const delta = deltas.get(id) ?? { key, day, articles: 0, mentions: 0 };
    delta.articles += articles;
    delta.mentions += mentions;
    deltas.set(id, delta);
  };
  for (const r of removed) move(r.entity_key, r.day, -r.articles, -r.mentions);
  for (const l of added) move(l.entity_key, dayOf(l.published_at), 1, l.count);
  return [...deltas.values()]
    .filter((d) => d.articles !== 0 || d.mentions !== 0)
    .sort((a, b) => (a.key === b.key ? (a.day < b.day ? -1 : 1) : a.key < b.key ? -1 : 1));
}

/**
 * Locks the entities linked to and those whose counts move, in key order. A linked entity not found was deleted
 * after this batch made sure it existed: the batch fails, to be retried, rather than leave links to nothing.
 */
async function lockEntities(manager: EntityManager, linked: ReadonlySet<string>, counted: Iterable<string>) {
  const keys = [...new Set([...linked, ...counted])];
  if (keys.length === 0) return;
  const found = new Set(((await manager.query(LOCK_ENTITIES, [keys])) as { key: string }[]).map((r) => r.key));
  const gone = [...linked].filter((key) => !found.has(key));
  if (gone.length > 0)
    throw new AppError('DATABASE_UNAVAILABLE', `entities deleted while being linked to, retrying: ${gone.join(', ')}`);
}

/**
 * Replaces the links of `relinked` articles (removing those of the `replaced` ones, which existed before) and
 * moves each entity's article count and daily roll-up by the difference.
 */
async function replaceLinks(
  manager: EntityManager,
  batch: WriteBatch,
  { relinked, replaced, publishedAt }: Upserted,
): Promise<void> {
  const ids = new Set(relinked);
  // Links carry the article's published time as stored, so entity filters, timelines and roll-ups agree with it.
  const links = batch.links.filter((l) => ids.has(l.article_id));
  for (const l of links) l.published_at = publishedAt.get(l.article_id) ?? l.published_at;
  const keys = new Set(links.map((l) => l.entity_key));
  await manager.query(INSERT_ENTITIES, [JSON.stringify(batch.entities.filter((e) => keys.has(e.key)))]);
  await manager.query(INSERT_ENTITY_NAMES, [JSON.stringify(batch.names.filter((n) => keys.has(n.entity_key)))]);
  const removed = replaced.length > 0 ? await manager.query(DELETE_LINKS, [replaced]) : [];
  await manager.query(INSERT_LINKS, [JSON.stringify(links)]);
  const days = dayDeltas(removed, links);
  const counts = new Map<string, number>();
  for (const d of days) counts.set(d.key, (counts.get(d.key) ?? 0) + d.articles);
  await lockEntities(manager, keys, counts.keys());
  if (days.length === 0) return;
  await manager.query(UPDATE_COUNTS, [
    JSON.stringify([...counts].filter(([, n]) => n !== 0).map(([key, delta]) => ({ key, delta }))),
  ]);
  await manager.query(UPDATE_DAYS, [JSON.stringify(days)]);
}

/** The write path: one transaction per consumed batch, a handful of set-based statements whatever its size. */
@Injectable()
export class ArticleWriteRepository {
  private readonly logger = new Logger('Store');

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: PipelineMetrics,
  ) {}

  /** Upserts a batch: a row is replaced only by the same or a newer (version, processedAt); a kill keeps the content. */
  async upsertMany(articles: readonly Parsed<EnrichedArticle>[]): Promise<WriteOutcome> {
    if (articles.length === 0) return { written: [], relinked: [] };
    const rounds = writeRounds(articles).map(toWriteBatch);
    const batch = rounds[rounds.length - 1]!;
    const stopTimer = this.metrics.dbWriteDuration.startTimer({ table: 'articles' });
    const outcome = await withDatabaseErrors(() =>
      this.dataSource.transaction(async (manager) => {
        const written = new Set<string>();
        const relinked = new Set<string>();
        for (const round of rounds) {
          const result = await upsertArticles(manager, round);
          if (result.relinked.length > 0) await replaceLinks(manager, round, result);
          for (const id of result.written) written.add(id);
          for (const id of result.relinked) relinked.add(id);
        }
        return { written: [...written], relinked: [...relinked] };
      }),
    );
    const seconds = stopTimer();
    this.metrics.dbBatchSize.observe({ table: 'articles' }, batch.articles.length);
    this.metrics.stageDuration.observe({ stage: 'write' }, seconds / batch.articles.length);
    this.logStored(articles, new Set(outcome.written));
    return outcome;
  }

  private logStored(articles: readonly Parsed<EnrichedArticle>[], written: ReadonlySet<string>): void {
    for (const { value, origin } of articles) {
      if (!written.has(value.id)) continue;
      const span = childSpan(parseTraceparent(origin.headers[TRACEPARENT]));
      this.logger.log({
        msg: 'article stored',
        articleId: value.id,
        source: value.source,
        version: value.version,
        traceId: span.traceId,
        traceparent: formatTraceparent(span),
      });
    }
  }
}
