import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EMBARGOED_CHANGES, OPEN_CHANGES } from './change-feed.sql.js';

/** A position in one queue of the feed: (transaction id, sequence), both as decimal strings. */
export type QueuePosition = readonly [string, string];

/** Where a reader stands in both queues: ordinary changes and changes made under embargo. */
export interface ChangeCursor {
  open: QueuePosition;
  embargoed: QueuePosition;
}

export interface ChangeRow {
  xid: string;
  seq: string;
  articleId: string;
  source: string;
  version: number;
  kind: 'created' | 'version' | 'killed' | 'enriched';
  changedAt: string;
  released: boolean;
}

export const FEED_START: ChangeCursor = { open: ['0', '0'], embargoed: ['0', '0'] };

/** The change feed: changes in a fixed order, each once, resumable from a cursor. */
@Injectable()
export class ChangeFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async read(
    after: ChangeCursor,
    limit: number,
    sources: readonly string[] | null,
  ): Promise<{ rows: ChangeRow[]; next: ChangeCursor }> {
    return withDatabaseErrors(async () => {
      const open = await this.queue(OPEN_CHANGES, after.open, limit, sources);
      const rows = open.rows;
      // Drained: every ordinary change below the horizon has been served, so the next read may start there
      // (sequences start at 1), which keeps a reader of a quiet source from rescanning the others' changes.
      const drained = rows.length < limit && BigInt(open.horizon) > BigInt(after.open[0]);
      const openNext: QueuePosition = drained
        ? [open.horizon, '0']
        : rows.length > 0
          ? position(rows[rows.length - 1]!)
          : after.open;
      let embargoedNext = after.embargoed;
      if (rows.length < limit) {
        const held = await this.queue(EMBARGOED_CHANGES, after.embargoed, limit - rows.length, sources);
        for (const row of held.rows) {
          if (!row.released) break;
          rows.push(row);
          embargoedNext = position(row);
        }
      }
      return { rows, next: { open: openNext, embargoed: embargoedNext } };
    });
  }

  private async queue(
    sql: string,
    after: QueuePosition,
    limit: number,
    sources: readonly string[] | null,
  ): Promise<{ horizon: string; rows: ChangeRow[] }> {
    const [result] = (await this.dataSource.query(sql, [after[0], after[1], limit, sources])) as {
      horizon: string;
      rows: ChangeRow[];
    }[];
    return result!;
  }
}

function position(row: ChangeRow): QueuePosition {
  return [row.xid, row.seq];
}
