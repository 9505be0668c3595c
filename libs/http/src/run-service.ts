import { ConfigError, loadConfig, type AppConfig } from '@app/config';
import { type INestApplication, Logger } from '@nestjs/common';

/**
 * The whole of a service's `main.ts`: validate configuration (fail fast listing every bad key), build the
 * app, listen. Errors at start-up exit non-zero with one readable line instead of a stack of Nest frames.
 */
export async function runService(
  service: string,
  create: (config: AppConfig) => Promise<INestApplication>,
  portOf: (config: AppConfig) => number,
): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${service}: ${error.message}\n`);
    process.exit(1);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // Nest's shutdown hooks drain and close; this only bounds how long that may take.
    process.once(signal, () =>
      setTimeout(() => {
        process.stderr.write(`${service}: shutdown took longer than ${config.shutdown.timeoutMs} ms; exiting\n`);
        process.exit(1);
      }, config.shutdown.timeoutMs).unref(),
    );
  }
  try {
    const app = await create(config);
    await app.listen(portOf(config), config.http.host);
    // With the consumer's own steps (see consumer-trace.ts), this says where a slow restart spends its time.
    new Logger(service).log(`listening on port ${portOf(config)} (uptime ${process.uptime().toFixed(1)} s)`);
  } catch (error) {
    process.stderr.write(`${service}: failed to start: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
}
