import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { articleListQuery, EMBARGO_LIFTED, SUMMARY_COLUMNS, type ArticleFilter } from './article-list.sql.js';
import { articleRankQuery, windowOf } from './article-rank.sql.js';
import type { ArticleRow, LinkedEntityRow } from './article.view.js';

export interface ArticlePage {
  rows: ArticleRow[];
  /** The cursor key after which the next page starts, or null on the last page. */
  next: string[] | null;
}

type RankedRow = ArticleRow & {
  rank_text: string;
  sort_at: string;
  window_size: string;
  floor_at: string;
  floor_id: string;
};

const ARTICLE_BY_ID = `SELECT ${SUMMARY_COLUMNS}, a.text, a.lineage, a.metadata, a.published_at_source FROM articles a WHERE a.id = $1 AND ${EMBARGO_LIFTED}`;
const ENTITIES_OF_ARTICLE = `
  SELECT e.key, e.type, e.name, l.count, l.mentions
  FROM article_entities l JOIN entities e ON e.key = l.entity_key
  WHERE l.article_id = $1 ORDER BY l.count DESC, e.name, e.key`;

/** The read side of articles: filtered keyset pages and single articles with their entities. */
@Injectable()
export class ArticleQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; or, with `sort: relevance`, the ranked window first and the older matches after it. */
  async list(filter: ArticleFilter): Promise<ArticlePage> {
    if (filter.sort === 'relevance' && filter.after === undefined) return this.ranked(filter);
    return this.newest(filter);
  }

  private async newest(filter: ArticleFilter): Promise<ArticlePage> {
    const { sql, values } = articleListQuery(filter);
    const rows: (ArticleRow & { sort_at: string })[] = await withDatabaseErrors(() =>
      this.dataSource.query(sql, values),
    );
    if (rows.length <= filter.limit) return { rows, next: null };
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1]!;
    return { rows: page, next: [last.sort_at, last.id] };
  }

  /**
   * A page of the ranked window; when the window runs out and it was full, the page is filled up with the matches
   * older than its floor, newest first (and the cursor goes on in that order).
   */
  private async ranked(filter: ArticleFilter): Promise<ArticlePage> {
    const { sql, values } = articleRankQuery(filter);
    const rows: RankedRow[] = await withDatabaseErrors(() =>
      this.dataSource.transaction(async (manager) => {
        // The window's cost estimate passes jit_above_cost, and compiling it takes longer (~200 ms) than running it.
        await manager.query('SET LOCAL jit = off');
        return manager.query(sql, values);
      }),
    );
    const floor: [string, string] | null =
      filter.rankAfter !== undefined
        ? filter.rankAfter.floor
        : rows[0] !== undefined && Number(rows[0].window_size) >= windowOf(filter)
          ? [rows[0].floor_at, rows[0].floor_id]
          : null;
    if (rows.length > filter.limit) {
      const page = rows.slice(0, filter.limit);
      const last = page[page.length - 1]!;
      return { rows: page, next: [last.rank_text, last.sort_at, last.id, ...(floor ?? [])] };
    }
    if (floor === null) return { rows, next: null };
    const remaining = filter.limit - rows.length;
    const older = await this.newest({ ...filter, rankAfter: undefined, after: floor, limit: Math.max(remaining, 1) });
    if (remaining === 0) return { rows, next: older.rows.length > 0 ? floor : null };
    return { rows: [...rows, ...older.rows], next: older.next };
  }

  async findById(id: string): Promise<{ row: ArticleRow; entities: LinkedEntityRow[] } | null> {
    return withDatabaseErrors(async () => {
      const [row] = (await this.dataSource.query(ARTICLE_BY_ID, [id])) as ArticleRow[];
      if (!row) return null;
      if (row.status === 'killed') return { row, entities: [] };
      const entities = (await this.dataSource.query(ENTITIES_OF_ARTICLE, [id])) as LinkedEntityRow[];
      return { row, entities };
    });
  }
}
