import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENTITY_NAMES } from '../write/entity-names.sql.js';
import { entityPrefixQuery } from './entity-prefix.js';
import {
  BROAD_PREFIX,
  BROAD_PREFIX_MATCHES,
  CO_MENTIONED,
  ENTITY_BROAD_PREFIX_SEARCH,
  ENTITY_BY_KEY,
  ENTITY_PREFIX_SEARCH,
  ENTITY_SEARCH,
  ENTITY_TIMELINE,
} from './entity-query.sql.js';

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
  /** Every name the entity was stored under, with its article language. */
  names: { lang: string; name: string }[];
  timeline: { day: string; articles: number; mentions: number }[];
  related: (EntityRow & { shared_articles: number })[];
}

/** The read side of entities: search by any word prefix in either script and by type, and one entity's timeline and co-mentions. */
@Injectable()
export class EntityQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: EntitySearch): Promise<{ rows: EntityRow[]; next: [number, string] | null }> {
    const terms = query.prefix === undefined ? null : entityPrefixQuery(query.prefix);
    // A prefix with no letter or digit in it names nothing.
    if (query.prefix !== undefined && terms === null) return { rows: [], next: null };
    const values = [terms, query.type ?? null, query.after?.[0] ?? null, query.after?.[1] ?? null, query.limit + 1];
    const rows: (EntityRow & { stored_count: number })[] = await withDatabaseErrors(async () =>
      this.dataSource.query(await this.searchStatement(terms), values),
    );
    const page = rows.slice(0, query.limit);
    // An entity only hidden articles mention is not shown; the cursor still follows the stored count of the last
    // row read, so a page may come out short without ending the walk.
    const visible = page.filter((r) => r.article_count > 0);
    const last = page[page.length - 1];
    return { rows: visible, next: rows.length > query.limit && last ? [last.stored_count, last.key] : null };
  }

  /** The statement for a search: GIN-driven for a narrow prefix, count-index-driven for none or a broad one. */
  private async searchStatement(terms: string | null): Promise<string> {
    if (terms === null) return ENTITY_SEARCH;
    const [{ n }] = (await this.dataSource.query(BROAD_PREFIX_MATCHES, [terms])) as { n: number }[];
    return n >= BROAD_PREFIX ? ENTITY_BROAD_PREFIX_SEARCH : ENTITY_PREFIX_SEARCH;
  }

  async findByKey(key: string, window: { from?: string; to?: string }): Promise<EntityDetail | null> {
    return withDatabaseErrors(async () => {
      const [entity] = (await this.dataSource.query(ENTITY_BY_KEY, [key])) as EntityRow[];
      if (!entity || entity.article_count <= 0) return null;
      const params = [key, window.from ?? null, window.to ?? null];
      const names = await this.dataSource.query(ENTITY_NAMES, [key]);
      const timeline = await this.dataSource.query(ENTITY_TIMELINE, params);
      const related = await this.dataSource.query(CO_MENTIONED, params);
      return { entity, names, timeline, related };
    });
  }
}
