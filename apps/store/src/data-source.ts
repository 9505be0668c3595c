import { DataSource } from 'typeorm';
import { ArticleEntity } from './article.entity.js';
import { CreateArticles1764028800000 } from './migrations/1764028800000-create-articles.js';

/**
 * The one DataSource definition, shared by the store and the migration command. Schema changes happen
 * only through the listed migrations; `synchronize` is off.
 */
export function createDataSource(database: { url: string; poolSize: number }): DataSource {
  return new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [ArticleEntity],
    migrations: [CreateArticles1764028800000],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: database.poolSize, connectionTimeoutMillis: 5_000 },
    logging: false,
  });
}
