import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { connectDataSource, createDataSource } from '@app/database';
import { ApiKeyRepository } from './api-key.repository.js';
import { FETCHER_DATABASE } from './fetcher.database.js';

/**
 * `npm run -s apikey -- create SOURCE | list | revoke ID-OR-PREFIX`: manages the intake's API keys in the
 * database (`DATABASE_URL`). A created key is printed once, on stdout alone, and stored only as a hash.
 */
const USAGE = 'usage: npm run -s apikey -- create SOURCE | list | revoke ID-OR-PREFIX';
const SOURCE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

async function run(repository: ApiKeyRepository, [command, argument]: string[]): Promise<number> {
  if (command === 'create' && argument && SOURCE.test(argument)) {
    const { key, record } = await repository.create(argument);
    process.stdout.write(`${key}\n`);
    process.stderr.write(
      `created key ${record.prefix}… (id ${record.id}) for source ${record.source}; it is not shown again\n`,
    );
    return 0;
  }
  if (command === 'list') {
    for (const k of await repository.list()) {
      process.stdout.write(
        `${k.id}  ${k.prefix}…  ${k.source}  created ${k.createdAt.toISOString()}${k.revokedAt ? `  revoked ${k.revokedAt.toISOString()}` : ''}\n`,
      );
    }
    return 0;
  }
  if (command === 'revoke' && argument) {
    const revoked = await repository.revoke(argument);
    process.stderr.write(`revoked ${revoked} key(s)\n`);
    return revoked > 0 ? 0 : 1;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const dataSource = await connectDataSource(
    () => createDataSource({ ...config.database, poolSize: 1 }, FETCHER_DATABASE),
    {
      migrationsRun: true,
      log: { log: () => undefined, warn: (m) => process.stderr.write(`${m}\n`) },
    },
  );
  try {
    return await run(new ApiKeyRepository(dataSource), process.argv.slice(2));
  } finally {
    await dataSource.destroy();
  }
}

process.exitCode = await main();
