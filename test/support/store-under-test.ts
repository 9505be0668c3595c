import type { AppConfig } from '@app/config';
import { TOPICS, type EnrichedArticle } from '@app/contracts';
import { createKafka, KafkaPublisher } from '@app/messaging';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import { freshNamespace, testConfig } from './pipeline.js';
import { waitFor } from './wait-for.js';

/** A store app listening on a free port, a database client and a publisher to its enriched topic. */
export interface StoreUnderTest {
  readonly app: INestApplication;
  readonly url: string;
  readonly db: pg.Client;
  readonly config: AppConfig;
  /** Publishes the articles to the enriched topic and waits until every one of their ids has a row. */
  store(articles: readonly EnrichedArticle[]): Promise<void>;
  close(): Promise<void>;
}

/** Starts the store in its own Kafka namespace (`name` prefixes it and names the publisher's client). */
export async function startStore(name: string, env: Record<string, string> = {}): Promise<StoreUnderTest> {
  const config = testConfig({ KAFKA_NAMESPACE: freshNamespace(name), ...env });
  const app = await createStoreApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = new pg.Client({ connectionString: config.database.url });
  await db.connect();
  const quiet = { warn: () => undefined, error: () => undefined };
  const publisher = new KafkaPublisher(createKafka(config.kafka, name, quiet), config.kafka);
  return {
    app,
    url,
    db,
    config,
    async store(articles) {
      await publisher.publish(
        TOPICS.enrichedArticles,
        articles.map((a) => ({ key: a.id, value: JSON.stringify(a) })),
      );
      const ids = [...new Set(articles.map((a) => a.id))];
      await waitFor(
        async () => {
          const { rows } = await db.query('SELECT count(*)::int AS n FROM articles WHERE id = ANY($1::uuid[])', [ids]);
          return rows[0].n === ids.length ? true : undefined;
        },
        'every article to be stored',
        60_000,
      );
    },
    async close() {
      await publisher.disconnect();
      await db.end();
      await app.close();
    },
  };
}
