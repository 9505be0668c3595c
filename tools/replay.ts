import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { connectDataSource } from '@app/database';
import { createKafka, KafkaPublisher } from '@app/messaging';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { reparseOriginals } from '../apps/fetcher/src/original-replay.js';
import { replayArticles } from '../apps/store/src/replay/article-replay.js';
import { createDataSource } from '../apps/store/src/data-source.js';

/**
 * `npm run -s replay -- --source tass --from 2026-11-01T00:00:00Z --to 2026-11-25T00:00:00Z [--batch 500] [--dry-run]`
 *
 * Re-processes stored articles with the current processor (after the entity model improves, say): reads them
 * from the store's database (`DATABASE_URL`) and publishes them to the raw topic (`KAFKA_BROKERS`,
 * `KAFKA_NAMESPACE`). The processor re-enriches them and the store replaces each row in place.
 *
 * With `--reparse`, re-reads instead the originals the fetcher kept (received from `--from` to `--to`; kept
 * `ORIGINALS_RETENTION_DAYS`) with today's parsers, so fields an older parser ignored reach the store, in place.
 */
const USAGE =
  'usage: npm run -s replay -- --source SOURCE --from ISO-DATE-TIME --to ISO-DATE-TIME [--batch N] [--dry-run] [--reparse]';

const Arguments = z.object({
  source: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a source identifier'),
  from: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' }),
  to: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' }),
  batch: z.coerce.number().int().min(1).max(10_000).default(500),
  'dry-run': z.boolean().default(false),
  reparse: z.boolean().default(false),
});

function parseArguments(argv: string[]): z.infer<typeof Arguments> | string {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        batch: { type: 'string' },
        'dry-run': { type: 'boolean' },
        reparse: { type: 'boolean' },
      },
    });
    const parsed = Arguments.safeParse(values);
    return parsed.success
      ? parsed.data
      : parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n');
  } catch (error) {
    return (error as Error).message;
  }
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const log = { log: () => undefined, warn: (m: string) => process.stderr.write(`${m}\n`) };
  const dataSource = await connectDataSource(() => createDataSource({ ...config.database, poolSize: 1 }), {
    migrationsRun: false,
    log,
  });
  const publisher = new KafkaPublisher(
    createKafka(config.kafka, 'replay', { warn: log.warn, error: log.warn }),
    config.kafka,
  );
  try {
    const request = {
      source: args.source,
      from: args.from,
      to: args.to,
      batchSize: args.batch,
      dryRun: args['dry-run'],
    };
    if (args.reparse) {
      const report = await reparseOriginals(dataSource, publisher, request);
      for (const { payloadHash, index, reason } of report.skipped)
        process.stderr.write(`skipped ${payloadHash}${index === undefined ? '' : `[${index}]`}: ${reason}\n`);
      process.stdout.write(
        `${JSON.stringify({ ...request, reparse: true, ...report, skipped: report.skipped.length })}\n`,
      );
      return 0;
    }
    const report = await replayArticles(dataSource, publisher, request, (r) =>
      process.stderr.write(`published ${r.published}\r`),
    );
    for (const { id, reason } of report.skipped) process.stderr.write(`skipped ${id}: ${reason}\n`);
    process.stdout.write(
      `${JSON.stringify({ ...request, published: report.published, skipped: report.skipped.length })}\n`,
    );
    return 0;
  } finally {
    await publisher.disconnect().catch(() => undefined);
    await dataSource.destroy();
  }
}

process.exitCode = await main();
