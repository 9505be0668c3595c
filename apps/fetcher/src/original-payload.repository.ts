import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long the originals are kept: long enough to re-parse a month of news after a parser improves. */
export const ORIGINALS_RETENTION_DAYS = 30;

/** One payload as a source sent it. */
export interface OriginalPayload {
  source: string;
  payloadHash: string;
  /** The Content-Type it came with (`application/xml` for a polled feed), so it decodes as it did. */
  mediaType: string;
  format: string;
  payload: Buffer;
  receivedAt: Date;
}

/**
 * The originals table. A re-send of the same bytes keeps its first receipt; the article messages carry the hash
 * (`lineage.payloadHash`) that finds it.
 */
@Injectable()
export class OriginalPayloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  async keep(original: OriginalPayload): Promise<void> {
    await withDatabaseErrors(() =>
      this.dataSource.query(
        `INSERT INTO intake_originals (source, payload_hash, media_type, format, payload, received_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [
          original.source,
          original.payloadHash,
          original.mediaType,
          original.format,
          original.payload,
          original.receivedAt,
        ],
      ),
    );
  }

  /** Removes originals received more than `ORIGINALS_RETENTION_DAYS` ago; returns how many. */
  async prune(): Promise<number> {
    const [, removed] = (await withDatabaseErrors(() =>
      this.dataSource.query(`DELETE FROM intake_originals WHERE received_at < now() - make_interval(days => $1)`, [
        ORIGINALS_RETENTION_DAYS,
      ]),
    )) as [unknown, number];
    return removed;
  }
}
