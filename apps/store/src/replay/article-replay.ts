import { RawArticleSchema, TOPICS, validate, type RawArticle } from '@app/contracts';
import { withDatabaseErrors } from '@app/database';
import type { KafkaPublisher } from '@app/messaging';
import { escapeHtml, textAsHtml } from '@app/nlp';
import type { DataSource } from 'typeorm';

export interface ReplayRequest {
  source: string;
  /** Published at or after (ISO 8601). */
  from: string;
  /** Published before (ISO 8601). */
  to: string;
  /** Articles read and published per round trip. */
  batchSize: number;
  /** Count what would be replayed, publish nothing. */
  dryRun?: boolean;
}

export interface ReplayReport {
  published: number;
  /** Rows that no longer make a valid raw article (reported, not published). */
  skipped: { id: string; reason: string }[];
}

export interface StoredRow {
  id: string;
  source: string;
  external_id: string;
  version: number;
  pub_status: RawArticle['pubStatus'];
  title: string;
  text: string;
  url: string | null;
  lang: string;
  published_at: Date;
  embargoed_until: Date | null;
  received_at: Date;
  lineage: { format?: string; payloadHash?: string };
  metadata?: Record<string, unknown>;
  published_at_source?: RawArticle['publishedAtSource'] | null;
  sort_at: string;
}

/** Keyset pages in (published_at, id) order, so rows written while the replay runs neither repeat nor shift it. */
const PAGE = `
  SELECT id, source, external_id, version, pub_status, title, text, url, lang, published_at, embargoed_until, received_at, lineage, metadata,
    published_at_source,
    to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_at
  FROM articles
  WHERE source = $1 AND published_at >= $2 AND published_at < $3
    AND ($4::timestamptz IS NULL OR (published_at, id) > ($4::timestamptz, $5::uuid))
  ORDER BY published_at, id LIMIT $6`;

/**
 * The raw-topic message that makes the processor rebuild `row`: the stored text and title go as escaped HTML,
 * which normalises back to exactly them (as plain bodies, text quoting markup, «тег <br>» or «&lt;», would be
 * read as HTML and changed), and identity, version, status, dates, date provenance, metadata and lineage are kept.
 */
export function toRawArticle(row: StoredRow): RawArticle {
  return validate(
    RawArticleSchema,
    {
      id: row.id,
      source: row.source,
      externalId: row.external_id,
      version: row.version,
      pubStatus: row.pub_status,
      title: escapeHtml(row.title),
      body: textAsHtml(row.text),
      ...(row.url !== null && { url: row.url }),
      publishedAt: row.published_at.toISOString(),
      ...(row.lang !== 'und' && { lang: row.lang }),
      ...(row.embargoed_until !== null && { embargoedUntil: row.embargoed_until.toISOString() }),
      ...(row.metadata !== undefined && Object.keys(row.metadata).length > 0 && { metadata: row.metadata }),
      ...(row.published_at_source != null && { publishedAtSource: row.published_at_source }),
      receivedAt: row.received_at.toISOString(),
      lineage: { format: row.lineage.format, payloadHash: row.lineage.payloadHash },
    },
    'CONTRACT_VIOLATION',
  );
}

function toMessages(rows: readonly StoredRow[], report: ReplayReport): { key: string; value: string }[] {
  const messages: { key: string; value: string }[] = [];
  for (const row of rows) {
    try {
      messages.push({ key: row.id, value: JSON.stringify(toRawArticle(row)) });
    } catch (error) {
      report.skipped.push({ id: row.id, reason: (error as Error).message });
    }
  }
  return messages;
}

/**
 * Re-publishes the stored articles of one source and published-time range to the raw topic, keyed by id, so
 * the current processor re-enriches them; the store's version rule lets the newer processing replace each
 * row and its entity links in place.
 */
export async function replayArticles(
  dataSource: DataSource,
  publisher: KafkaPublisher,
  request: ReplayRequest,
  onPage: (report: ReplayReport) => void = () => undefined,
): Promise<ReplayReport> {
  const report: ReplayReport = { published: 0, skipped: [] };
  let after: [string, string] | [null, null] = [null, null];
  for (;;) {
    const rows: StoredRow[] = await withDatabaseErrors(() =>
      dataSource.query(PAGE, [request.source, request.from, request.to, ...after, request.batchSize]),
    );
    if (rows.length === 0) return report;
    const messages = toMessages(rows, report);
    if (!request.dryRun) await publisher.publish(TOPICS.rawArticles, messages);
    report.published += messages.length;
    onPage(report);
    const last = rows[rows.length - 1]!;
    after = [last.sort_at, last.id];
  }
}
