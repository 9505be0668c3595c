import type { ReadPrincipal } from '@app/access';
import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor.js';
import { ChangeFeedRepository, FEED_START, type ChangeRow } from './change-feed.repository.js';
import { ChangeFeedQuery } from '../query/query.params.js';
import { validateQuery } from '../query/query-validation.js';
import { ReadKeyGuard } from '../access/read-key.guard.js';
import { Reader } from '../access/reader.decorator.js';

const toChange = (row: ChangeRow) => ({
  articleId: row.articleId,
  source: row.source,
  version: row.version,
  change: row.kind,
  changedAt: new Date(row.changedAt).toISOString(),
});
export type Change = ReturnType<typeof toChange>;

/**
 * `GET /v1/changes?after=CURSOR`: every insert, new version, kill and re-enrichment of an article, each once, in
 * an order fixed for every reader; resume with `nextCursor`, which is always given (an empty page means caught
 * up, for now). A mirror without Kafka access fetches each changed article by id.
 */
@Controller('v1/changes')
@UseGuards(ReadKeyGuard)
export class ChangeController {
  constructor(private readonly changes: ChangeFeedRepository) {}

  @Get()
  async list(
    @Query() query: unknown,
    @Reader() reader: ReadPrincipal,
  ): Promise<{ items: Change[]; nextCursor: string }> {
    const { after, limit } = validateQuery(ChangeFeedQuery, query);
    const from = after === undefined ? FEED_START : decodeChangeCursor(after);
    const page = await this.changes.read(from, limit, reader.sources);
    return { items: page.rows.map(toChange), nextCursor: encodeChangeCursor(page.next) };
  }
}
