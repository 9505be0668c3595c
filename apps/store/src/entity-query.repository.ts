import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CO_MENTIONED, ENTITY_BY_KEY, ENTITY_SEARCH, ENTITY_TIMELINE } from './entity-query.sql.js';

export interface EntityRow {
  key: string;
  type: 'PER' | 'ORG' | 'LOC';
  name: string;
  article_count: number;
}

export interface EntitySearch {
  prefix?: string;
  type?: string;
  after?: [number, string];
  limit: number;
}

export interface EntityDetail {
  entity: EntityRow;
  timeline: { day: string; articles: number; mentions: number }[];
  related: (EntityRow & { shared_articles: number })[];
}

/** A LIKE pattern matching names that start with `prefix`, its wildcards escaped. */
function prefixPattern(prefix: string): string {
  return `${prefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The read side of entities: search by prefix and type, and one entity's timeline and co-mentions. */
@Injectable()
export class EntityQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: EntitySearch): Promise<{ rows: EntityRow[]; next: [number, string] | null }> {
    const values = [
      query.prefix === undefined ? null : prefixPattern(query.prefix),
      query.type ?? null,
      query.after?.[0] ?? null,
      query.after?.[1] ?? null,
      query.limit + 1,
    ];
    const rows: (EntityRow & { stored_count: number })[] = await withDatabaseErrors(() =>
      this.dataSource.query(ENTITY_SEARCH, values),
    );
    const page = rows.slice(0, query.limit);
    // An entity only hidden articles mention is not shown; the cursor still follows the stored count of the last
    // row read, so a page may come out short without ending the walk.
    const visible = page.filter((r) => r.article_count > 0);
    const last = page[page.length - 1];
    return { rows: visible, next: rows.length > query.limit && last ? [last.stored_count, last.key] : null };
  }

  async findByKey(key: string, window: { from?: string; to?: string }): Promise<EntityDetail | null> {
    return withDatabaseErrors(async () => {
      const [entity] = (await this.dataSource.query(ENTITY_BY_KEY, [key])) as EntityRow[];
      if (!entity || entity.article_count <= 0) return null;
      const params = [key, window.from ?? null, window.to ?? null];
      const timeline = await this.dataSource.query(ENTITY_TIMELINE, params);
      const related = await this.dataSource.query(CO_MENTIONED, params);
      return { entity, timeline, related };
    });
  }
}
