import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Infra from '../../tools/infra/index.js';
import type { TestInfrastructure } from './global-setup.js';

/** Drops the run's database and stops what the setup started (imports nothing relative at run time, see setup). */
export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as { testInfrastructure?: TestInfrastructure }).testInfrastructure;
  if (!infra) return;
  const compiled = join(dirname(fileURLToPath(import.meta.url)), '../../dist/tools/infra/index.js');
  const { dropDatabase } = (await import(pathToFileURL(compiled).href)) as typeof Infra;
  await dropDatabase(infra.server.serverUrl, infra.database).catch((error: unknown) => process.stderr.write(`could not drop ${infra.database}: ${String(error)}\n`));
  await infra.server.stop();
  await infra.kafka.stop();
}
