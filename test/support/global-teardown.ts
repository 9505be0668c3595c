import type { TestInfrastructure } from './global-setup.js';

/** Drops the run's database and stops what global-setup.ts started (it left the means on globalThis). */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { testInfrastructure?: TestInfrastructure };
  const infra = holder.testInfrastructure;
  delete holder.testInfrastructure;
  await infra?.teardown();
}
