import 'reflect-metadata';
import { CreateReadApiKeys1765100000000, ReadKeyRepository, type ReadScope } from '@app/access';
import { ConfigError, loadConfig, type AppConfig } from '@app/config';
import { connectDataSource, createDataSource, type DatabaseOptions } from '@app/database';
import type { DataSource } from 'typeorm';
import { ApiKeyRepository } from './api-key.repository.js';
import { FETCHER_DATABASE } from './fetcher.database.js';

/**
 * `npm run -s apikey -- …`: manages intake keys (one per publishing source) and read keys (one per subscriber,
 * scope `read` or `admin`, optionally limited to some sources) in the database (`DATABASE_URL`). A created key
 * is printed once, on stdout alone, and stored only as a hash.
 */
const USAGE = `usage: npm run -s apikey -- create SOURCE
       npm run -s apikey -- create-read NAME [--admin] [--sources SOURCE,SOURCE…]
       npm run -s apikey -- list | revoke ID-OR-PREFIX`;
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** The read-key table is the store's; the CLI applies that one migration so keys can exist before the store runs. */
const READ_KEY_DATABASE: DatabaseOptions = {
  entities: [],
  migrations: [CreateReadApiKeys1765100000000],
  migrationsTableName: 'schema_migrations',
};

interface Repositories {
  intake: ApiKeyRepository;
  read: ReadKeyRepository;
}

/** `NAME [--admin] [--sources a,b]`, or null when malformed. */
function parseReadKey(args: string[]): { name: string; scope: ReadScope; sources: string[] | null } | null {
  const [name, ...flags] = args;
  if (!name || !NAME.test(name)) return null;
  let scope: ReadScope = 'read';
  let sources: string[] | null = null;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === '--admin') scope = 'admin';
    else if (flags[i] === '--sources' && flags[i + 1]) sources = flags[++i]!.split(',').filter(Boolean);
    else return null;
  }
  if (sources !== null && (sources.length === 0 || !sources.every((s) => NAME.test(s)))) return null;
  return { name, scope, sources };
}

async function createRead(repositories: Repositories, args: string[]): Promise<number> {
  const parsed = parseReadKey(args);
  if (!parsed) return usage();
  const { key, record } = await repositories.read.create(parsed.name, parsed.scope, parsed.sources);
  process.stdout.write(`${key}\n`);
  const sources = record.sources ? ` on sources ${record.sources.join(', ')}` : '';
  process.stderr.write(
    `created read key ${record.prefix}… (id ${record.id}) for ${record.name}, scopes ${record.scopes.join(', ')}${sources}; it is not shown again\n`,
  );
  return 0;
}

async function list(repositories: Repositories): Promise<number> {
  const revoked = (at: Date | null) => (at ? `  revoked ${at.toISOString()}` : '');
  for (const k of await repositories.intake.list()) {
    process.stdout.write(
      `intake  ${k.id}  ${k.prefix}…  ${k.source}  created ${k.createdAt.toISOString()}${revoked(k.revokedAt)}\n`,
    );
  }
  for (const k of await repositories.read.list()) {
    const sources = k.sources ? `  sources ${k.sources.join(',')}` : '';
    process.stdout.write(
      `read    ${k.id}  ${k.prefix}…  ${k.name}  ${k.scopes.join(',')}${sources}  created ${k.createdAt.toISOString()}${revoked(k.revokedAt)}\n`,
    );
  }
  return 0;
}

function usage(): number {
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

async function run(repositories: Repositories, [command, ...args]: string[]): Promise<number> {
  if (command === 'create' && args.length === 1 && NAME.test(args[0]!)) {
    const { key, record } = await repositories.intake.create(args[0]!);
    process.stdout.write(`${key}\n`);
    process.stderr.write(
      `created key ${record.prefix}… (id ${record.id}) for source ${record.source}; it is not shown again\n`,
    );
    return 0;
  }
  if (command === 'create-read') return createRead(repositories, args);
  if (command === 'list') return list(repositories);
  if (command === 'revoke' && args.length === 1) {
    const revoked = (await repositories.intake.revoke(args[0]!)) + (await repositories.read.revoke(args[0]!));
    process.stderr.write(`revoked ${revoked} key(s)\n`);
    return revoked > 0 ? 0 : 1;
  }
  return usage();
}

function connect(config: AppConfig, options: DatabaseOptions): Promise<DataSource> {
  return connectDataSource(() => createDataSource({ ...config.database, poolSize: 1 }, options), {
    migrationsRun: true,
    log: { log: () => undefined, warn: (m) => process.stderr.write(`${m}\n`) },
  });
}

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const intake = await connect(config, FETCHER_DATABASE);
  const read = await connect(config, READ_KEY_DATABASE);
  try {
    return await run(
      { intake: new ApiKeyRepository(intake), read: new ReadKeyRepository(read) },
      process.argv.slice(2),
    );
  } finally {
    await Promise.all([intake.destroy(), read.destroy()]);
  }
}

process.exitCode = await main();
