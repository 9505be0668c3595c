import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { connectDataSource } from '@app/database';
import { Logger } from '@nestjs/common';
import { parseArgs } from 'node:util';
import { createDataSource } from '../../apps/store/src/data-source.js';
import { benchQueries } from './query-bench.js';
import { benchWrites } from './write-bench.js';

/**
 * `node dist/tools/store-bench/bench.js [--runs 30] [--write 20000] [--batch 500] [--only <text>]` against a
 * database the generator filled (`DATABASE_URL`). Prints rows written per second (none with `--write 0`) and the
 * p50/p95 of each read query (those whose name contains `--only`).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '30' },
      write: { type: 'string', default: '20000' },
      batch: { type: 'string', default: '500' },
      only: { type: 'string', default: '' },
    },
  });
  Logger.overrideLogger(['error']);
  const config = loadConfig(process.env);
  const log = { log: () => undefined, warn: (m: string) => process.stderr.write(`${m}\n`) };
  const dataSource = await connectDataSource(() => createDataSource({ ...config.database, poolSize: 2 }), {
    migrationsRun: true,
    log,
  });
  try {
    const [{ articles, links, entities }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM article_entities)::int AS links, (SELECT count(*) FROM entities)::int AS entities`,
    );
    process.stdout.write(`database: ${articles} articles, ${links} entity links, ${entities} entities\n\n`);
    for (const streams of Number(values.write) > 0 ? [1, 2] : []) {
      const writes = await benchWrites(dataSource, Number(values.write), Number(values.batch), streams);
      process.stdout.write(
        `writes, ${streams} stream(s): ${writes.articles} articles (5 entities each) in batches of ${writes.batchSize}, one transaction per batch\n`,
      );
      process.stdout.write(
        `  new articles:  ${writes.insertRowsPerSecond} rows/s (batch p50 ${writes.batchP50Ms.toFixed(0)} ms, p95 ${writes.batchP95Ms.toFixed(0)} ms)\n`,
      );
      process.stdout.write(`  re-processed:  ${writes.reprocessRowsPerSecond} rows/s (rows and links replaced)\n\n`);
    }
    process.stdout.write(
      `| query (${values.runs} runs, page of 20) | rows | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n`,
    );
    for (const r of await benchQueries(dataSource, Number(values.runs), values.only)) {
      process.stdout.write(`| ${r.name} | ${r.rows} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} |\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

await main();
