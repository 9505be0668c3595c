import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';

/**
 * Knows when the service is draining. On shutdown readiness turns 503 at once, new intake is refused
 * (503 SHUTTING_DOWN), and the service waits `SHUTDOWN_GRACE_MS` for load balancers to notice before Nest
 * closes the HTTP server (which lets in-flight requests finish), the consumer (which finishes and commits
 * its batch, then leaves the group) and the connections.
 */
@Injectable()
export class Lifecycle implements BeforeApplicationShutdown {
  private draining = false;
  private readonly logger = new Logger('Lifecycle');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isDraining(): boolean {
    return this.draining;
  }

  /** Throws SHUTTING_DOWN while draining; intake routes call it first. */
  assertAccepting(): void {
    if (this.draining) throw new AppError('SHUTTING_DOWN', 'this instance is shutting down');
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    this.logger.log({ msg: 'draining', signal: signal ?? 'close', graceMs: this.config.shutdown.graceMs });
    if (this.config.shutdown.graceMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.config.shutdown.graceMs));
  }
}
