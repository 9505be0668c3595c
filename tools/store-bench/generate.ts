import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { connectDataSource } from '@app/database';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/store/src/data-source.js';
import { benchUuid, fillEntities } from './entity-fill.js';
import { ENGLISH_WORDS, RUSSIAN_WORDS } from './vocabulary.js';

/**
 * `node dist/tools/store-bench/generate.js [--articles 1000000] [--entities 50000] [--chunk 50000]`
 *
 * Fills the store's database (`DATABASE_URL`; use a scratch one) with synthetic articles in SQL: Russian
 * (60 %) and English texts of 60 common words plus one rare tag (`тема123`, `topic123`: 1 article in 5,000) over
 * two years, eight `bench-*` sources, one article in 500 killed and one in 10,000 under embargo; five entity links
 * per article drawn log-uniformly (a few entities are in many articles, most in few), the entities' article counts
 * and daily roll-up, and their names in both scripts with the search terms the store files (`entity-fill.ts`).
 * Idempotent: article n always gets the same id, so a second run skips the chunks it finds and adds nothing.
 */

/**
 * Articles n in [$1, $2]. The word subqueries refer to the row's word list (so they re-run per row) and to their
 * own series (so the aggregate stays theirs rather than becoming the outer query's).
 */
const INSERT_ARTICLES = `
  INSERT INTO articles (id, source, external_id, version, pub_status, title, text, lang, url, canonical_url, published_at,
    received_at, processed_at, content_hash, story_id, duplicate, processor_version, model_version, lineage, search)
  SELECT id, source, 'n-' || n, 1, CASE WHEN n % 500 = 0 THEN 'canceled' ELSE 'usable' END, title, text, lang,
    'https://' || source || '.example/' || n, 'https://' || source || '.example/' || n, published_at,
    published_at + interval '2 seconds', published_at + interval '3 seconds', md5(text) || md5(title), id, 'unique',
    'bench', 'bench', jsonb_build_object('format', 'bench', 'payloadHash', md5(text) || md5(title)),
    article_search(lang, title, text)
  FROM (
    SELECT n, ${benchUuid("'bench-' || n")} AS id, 'bench-' || (n % 8) AS source, lang,
      date_trunc('milliseconds', timestamptz '2024-11-25' + (n::float8 / $2) * interval '730 days' + random() * interval '1 hour') AS published_at,
      (SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int + 0 * i], ' ') FROM generate_series(1, 8) AS i) AS title,
      (SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int + 0 * i], ' ') FROM generate_series(1, 60) AS i)
        || CASE WHEN lang = 'ru' THEN ' тема' ELSE ' topic' END || (n % 5000) AS text
    FROM (SELECT n, CASE WHEN n % 5 < 3 THEN 'ru' ELSE 'en' END AS lang,
            CASE WHEN n % 5 < 3 THEN $3::text[] ELSE $4::text[] END AS w
          FROM generate_series($1::int, $2::int) AS n) AS g
  ) AS a
  ON CONFLICT DO NOTHING`;

/** Five draws per article (distinct ones kept), log-uniform over 1..$3; the lateral refers to the row so it re-runs. */
const INSERT_LINKS = `
  INSERT INTO article_entities (article_id, entity_key, count, mentions, published_at)
  SELECT DISTINCT ON (a.id, e) a.id, ${benchUuid("'bench-entity-' || e")}, 1 + (e % 3), '[]'::jsonb, a.published_at
  FROM articles a
  CROSS JOIN LATERAL (SELECT least($3::int, floor(exp(random() * ln($3::float8))))::int + 0 * length(a.source) AS e FROM generate_series(1, 5)) AS pick
  WHERE a.id IN (SELECT ${benchUuid("'bench-' || n")} FROM generate_series($1::int, $2::int) AS n)
  ON CONFLICT DO NOTHING`;

/** The daily roll-up, recomputed from the links (the store keeps it in step as it writes). */
const FILL_DAYS = `
  INSERT INTO entity_days (entity_key, day, articles, mentions)
  SELECT entity_key, (published_at AT TIME ZONE 'UTC')::date, count(*), sum(count) FROM article_entities GROUP BY 1, 2
  ON CONFLICT (entity_key, day) DO UPDATE SET articles = EXCLUDED.articles, mentions = EXCLUDED.mentions`;

/** One article in 10,000 under embargo until 2031: hidden from every read, like the killed ones, but not by status. */
const EMBARGO = `
  UPDATE articles SET embargoed_until = timestamptz '2031-01-01'
  WHERE id IN (SELECT ${benchUuid("'bench-' || n")} FROM generate_series(7, $1::int, 10000) AS n)
    AND embargoed_until IS NULL`;

const UPDATE_COUNTS = `
  UPDATE entities e SET article_count = c.n
  FROM (SELECT entity_key, count(*)::int AS n FROM article_entities GROUP BY entity_key) AS c
  WHERE e.key = c.entity_key AND e.article_count <> c.n`;

/** A chunk is written in one statement, so its last article exists only if the whole chunk does. */
async function chunkDone(dataSource: DataSource, last: number): Promise<boolean> {
  const rows = await dataSource.query(
    `SELECT 1 FROM articles WHERE id = ${benchUuid('$1::text')} AND EXISTS (SELECT 1 FROM article_entities WHERE article_id = articles.id)`,
    [`bench-${last}`],
  );
  return rows.length > 0;
}

async function fill(
  dataSource: DataSource,
  options: { articles: number; entities: number; chunk: number },
): Promise<void> {
  await fillEntities(dataSource, options.entities);
  for (let first = 1; first <= options.articles; first += options.chunk) {
    const last = Math.min(options.articles, first + options.chunk - 1);
    if (await chunkDone(dataSource, last)) continue;
    const started = performance.now();
    await dataSource.query(INSERT_ARTICLES, [first, last, RUSSIAN_WORDS, ENGLISH_WORDS]);
    await dataSource.query(INSERT_LINKS, [first, last, options.entities]);
    process.stderr.write(`articles ${first}-${last} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  await dataSource.query(EMBARGO, [options.articles]);
  await dataSource.query(UPDATE_COUNTS);
  await dataSource.query(FILL_DAYS);
  await dataSource.query('VACUUM ANALYZE articles');
  await dataSource.query('VACUUM ANALYZE article_entities');
  await dataSource.query('VACUUM ANALYZE entities');
  await dataSource.query('VACUUM ANALYZE entity_days');
  // Without statistics the planner guesses a prefix matches 2 % of the names and scans them all.
  await dataSource.query('VACUUM ANALYZE entity_names');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000000' },
      entities: { type: 'string', default: '50000' },
      chunk: { type: 'string', default: '50000' },
    },
  });
  const options = { articles: Number(values.articles), entities: Number(values.entities), chunk: Number(values.chunk) };
  const config = loadConfig(process.env);
  const log = {
    log: (m: string) => process.stderr.write(`${m}\n`),
    warn: (m: string) => process.stderr.write(`${m}\n`),
  };
  const dataSource = await connectDataSource(() => createDataSource({ ...config.database, poolSize: 1 }), {
    migrationsRun: true,
    log,
  });
  try {
    const started = performance.now();
    await fill(dataSource, options);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM articles`);
    process.stdout.write(
      `${n} articles in the database; generated in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

await main();
