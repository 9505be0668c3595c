import './global-setup.js';
import { loadInfra } from './infra-loader.js';

/** Drops the run's database and stops what the setup started. */
export default async function globalTeardown(): Promise<void> {
  const infra = globalThis.testInfrastructure;
  if (!infra) return;
  const { dropDatabase } = await loadInfra();
  await dropDatabase(infra.server.serverUrl, infra.database).catch((error: unknown) => process.stderr.write(`could not drop ${infra.database}: ${String(error)}\n`));
  await infra.server.stop();
  await infra.kafka.stop();
}
