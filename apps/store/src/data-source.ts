import { CreateReadApiKeys1765100000000 } from '@app/access';
import { createDataSource as createServiceDataSource, type DatabaseOptions } from '@app/database';
import type { AppConfig } from '@app/config';
import type { DataSource } from 'typeorm';
import { CreateArticles1764028800000 } from './migrations/1764028800000-create-articles.js';
import { CreateReadModel1764201600000 } from './migrations/1764201600000-create-read-model.js';
import { AddArticleMetadata1764600000000 } from './migrations/1764600000000-add-article-metadata.js';
import { IndexEmbargoes1765200000000 } from './migrations/1765200000000-index-embargoes.js';
import { CreateArticleChanges1765300000000 } from './migrations/1765300000000-create-article-changes.js';
import { AddPublishedAtSource1765400000000 } from './migrations/1765400000000-add-published-at-source.js';
import { RekeyEntitiesAcrossScripts1765800000000 } from './migrations/1765800000000-rekey-entities-across-scripts.js';
import { RekeyEntitiesAgain1765900000000 } from './migrations/1765900000000-rekey-entities-again.js';
import { TrackHiddenLinks1766000000000 } from './migrations/1766000000000-track-hidden-links.js';
import { RekeyEntitiesForTranslatedWords1766100000000 } from './migrations/1766100000000-rekey-entities-for-translated-words.js';
import { LinksWithoutForeignKeys1766200000000 } from './migrations/1766200000000-links-without-foreign-keys.js';
import { SearchOncePerContent1766300000000 } from './migrations/1766300000000-search-once-per-content.js';

/**
 * The store's tables and migrations. Schema changes happen only through the listed migrations
 * (`synchronize` is off); they are recorded in `schema_migrations`, apart from the fetcher's.
 */
export const STORE_DATABASE: DatabaseOptions = {
  entities: [],
  migrations: [
    CreateArticles1764028800000,
    CreateReadModel1764201600000,
    AddArticleMetadata1764600000000,
    CreateReadApiKeys1765100000000,
    IndexEmbargoes1765200000000,
    CreateArticleChanges1765300000000,
    AddPublishedAtSource1765400000000,
    RekeyEntitiesAcrossScripts1765800000000,
    RekeyEntitiesAgain1765900000000,
    TrackHiddenLinks1766000000000,
    RekeyEntitiesForTranslatedWords1766100000000,
    LinksWithoutForeignKeys1766200000000,
    SearchOncePerContent1766300000000,
  ],
  migrationsTableName: 'schema_migrations',
};

/** The one DataSource definition, shared by the store, the replay command and the migration command. */
export function createDataSource(database: AppConfig['database']): DataSource {
  return createServiceDataSource(database, STORE_DATABASE);
}
