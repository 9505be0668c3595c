import { TOPICS } from '@app/contracts';
import { withDatabaseErrors } from '@app/database';
import { AppError } from '@app/errors';
import type { KafkaPublisher } from '@app/messaging';
import type { DataSource } from 'typeorm';
import { toRawArticle } from './article-intake.service.js';
import { decodePayload } from './payload.decoder.js';

export interface ReparseRequest {
  source: string;
  /** Received at or after (ISO 8601). */
  from: string;
  /** Received before (ISO 8601). */
  to: string;
  /** Originals read per round trip. */
  batchSize: number;
  dryRun?: boolean;
}

export interface ReparseReport {
  originals: number;
  published: number;
  /** Originals today's parsers refuse as a whole, or items they reject (reported, not published). */
  skipped: { payloadHash: string; index?: number; reason: string }[];
}

interface OriginalRow {
  payload_hash: string;
  media_type: string;
  payload: Buffer;
  received_at: Date;
  format: string;
}

/** Keyset pages in receipt order, so versions are re-published in the order they came. */
const PAGE = `
  SELECT payload_hash, media_type, payload, received_at, format FROM intake_originals
  WHERE source = $1 AND received_at >= $2 AND received_at < $3
    AND ($4::timestamptz IS NULL OR (received_at, payload_hash) > ($4::timestamptz, $5::text))
  ORDER BY received_at, payload_hash LIMIT $6`;

/** The raw-topic messages today's parsers make of one original; what they refuse goes to the report. */
function messagesOf(source: string, row: OriginalRow, report: ReparseReport): { key: string; value: string }[] {
  let decoded;
  try {
    decoded = decodePayload(row.media_type, row.payload, source);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    report.skipped.push({ payloadHash: row.payload_hash, reason: `${error.code}: ${error.message}` });
    return [];
  }
  const receipt = { format: decoded.format, payloadHash: row.payload_hash, receivedAt: row.received_at };
  return decoded.items.flatMap((d) => {
    if ('error' in d) {
      report.skipped.push({ payloadHash: row.payload_hash, index: d.index, reason: d.error.message });
      return [];
    }
    const raw = toRawArticle(source, d.item, receipt);
    return [{ key: raw.id, value: JSON.stringify(raw) }];
  });
}

/**
 * Re-parses the kept originals of one source and receipt-time range with today's parsers and publishes every
 * item to the raw topic, past the intake's ledger (which would call an unchanged version a duplicate). Article ids
 * derive from (source, external id), so the store replaces each row in place: no duplicates.
 */
export async function reparseOriginals(
  dataSource: DataSource,
  publisher: KafkaPublisher,
  request: ReparseRequest,
): Promise<ReparseReport> {
  const report: ReparseReport = { originals: 0, published: 0, skipped: [] };
  let after: [Date, string] | [null, null] = [null, null];
  for (;;) {
    const rows: OriginalRow[] = await withDatabaseErrors(() =>
      dataSource.query(PAGE, [request.source, request.from, request.to, ...after, request.batchSize]),
    );
    if (rows.length === 0) return report;
    const messages = rows.flatMap((row) => messagesOf(request.source, row, report));
    if (!request.dryRun && messages.length > 0) await publisher.publish(TOPICS.rawArticles, messages);
    report.originals += rows.length;
    report.published += messages.length;
    const last = rows[rows.length - 1]!;
    after = [last.received_at, last.payload_hash];
  }
}
