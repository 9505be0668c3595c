import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What the intake last published for one article. */
export interface LedgerEntry {
  articleId: string;
  source: string;
  externalId: string;
  version: number;
  versionCreated: string | null;
  pubStatus: string;
  contentHash: string;
}

const RECORD = `
  INSERT INTO intake_ledger (article_id, source, external_id, version, version_created, pub_status, content_hash)
  SELECT article_id, source, external_id, version, version_created, pub_status, content_hash
  FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, source text, external_id text, version integer,
    version_created timestamptz, pub_status text, content_hash text)
  ON CONFLICT (article_id) DO UPDATE SET version = EXCLUDED.version, version_created = EXCLUDED.version_created,
    pub_status = EXCLUDED.pub_status, content_hash = EXCLUDED.content_hash, published_at = now()
  WHERE intake_ledger.version <= EXCLUDED.version`;

@Injectable()
export class IntakeLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(articleIds: readonly string[]): Promise<Map<string, LedgerEntry>> {
    if (articleIds.length === 0) return new Map();
    const rows: {
      article_id: string;
      source: string;
      external_id: string;
      version: number;
      version_created: Date | null;
      pub_status: string;
      content_hash: string;
    }[] = await withDatabaseErrors(() =>
      this.dataSource.query(
        'SELECT article_id, source, external_id, version, version_created, pub_status, content_hash FROM intake_ledger WHERE article_id = ANY($1::uuid[])',
        [articleIds],
      ),
    );
    return new Map(
      rows.map((r) => [
        r.article_id,
        {
          articleId: r.article_id,
          source: r.source,
          externalId: r.external_id,
          version: r.version,
          versionCreated: r.version_created?.toISOString() ?? null,
          pubStatus: r.pub_status,
          contentHash: r.content_hash,
        },
      ]),
    );
  }

  /** Records what was just published; a lower version never replaces a higher one. */
  /**
   * Records what was published. A batch may carry one article twice (a version and its correction): the last
   * entry is the newest, and only it is written, since one INSERT … ON CONFLICT cannot update a row twice.
   */
  async record(entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const newest = [...new Map(entries.map((e) => [e.articleId, e])).values()];
    const rows = newest.map((e) => ({
      article_id: e.articleId,
      source: e.source,
      external_id: e.externalId,
      version: e.version,
      version_created: e.versionCreated,
      pub_status: e.pubStatus,
      content_hash: e.contentHash,
    }));
    await withDatabaseErrors(() => this.dataSource.query(RECORD, [JSON.stringify(rows)]));
  }
}
