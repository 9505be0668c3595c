import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { articleListQuery, EMBARGO_LIFTED, SUMMARY_COLUMNS, type ArticleFilter } from './article-list.sql.js';
import type { ArticleRow, LinkedEntityRow } from './article.view.js';

export interface ArticlePage {
  rows: ArticleRow[];
  /** The sort key after which the next page starts, or null on the last page. */
  next: [string, string] | null;
}

const ARTICLE_BY_ID = `SELECT ${SUMMARY_COLUMNS}, a.text, a.lineage, a.metadata, a.published_at_source FROM articles a WHERE a.id = $1 AND ${EMBARGO_LIFTED}`;
const ENTITIES_OF_ARTICLE = `
  SELECT e.key, e.type, e.name, l.count, l.mentions
  FROM article_entities l JOIN entities e ON e.key = l.entity_key
  WHERE l.article_id = $1 ORDER BY l.count DESC, e.name, e.key`;

/** The read side of articles: filtered keyset pages and single articles with their entities. */
@Injectable()
export class ArticleQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: ArticleFilter): Promise<ArticlePage> {
    const { sql, values } = articleListQuery(filter);
    const rows: (ArticleRow & { sort_at: string })[] = await withDatabaseErrors(() =>
      this.dataSource.query(sql, values),
    );
    if (rows.length <= filter.limit) return { rows, next: null };
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1]!;
    return { rows: page, next: [last.sort_at, last.id] };
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
