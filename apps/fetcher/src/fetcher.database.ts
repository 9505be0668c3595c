import type { DatabaseOptions } from '@app/database';
import { CreateIntakeTables1764100000000 } from './migrations/1764100000000-create-intake-tables.js';
import { CreateFeedTables1764300000000 } from './migrations/1764300000000-create-feed-tables.js';
import { CreateIntakeOriginals1764600000000 } from './migrations/1764600000000-create-intake-originals.js';
import { ShareIntakeRateLimit1765100000000 } from './migrations/1765100000000-share-intake-rate-limit.js';
import { AddFeedPause1765400000000 } from './migrations/1765400000000-add-feed-pause.js';
import { CompressOriginalsLz41765403600000 } from './migrations/1765403600000-compress-originals-lz4.js';

/** The fetcher's tables: its migrations are recorded apart from the store's, in the same database. */
export const FETCHER_DATABASE: DatabaseOptions = {
  entities: [],
  migrations: [
    CreateIntakeTables1764100000000,
    CreateFeedTables1764300000000,
    CreateIntakeOriginals1764600000000,
    ShareIntakeRateLimit1765100000000,
    AddFeedPause1765400000000,
    CompressOriginalsLz41765403600000,
  ],
  migrationsTableName: 'fetcher_migrations',
};
