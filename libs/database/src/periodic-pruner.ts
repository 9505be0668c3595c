import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';

/**
 * A table kept to its retention by a delete that runs at start and then on an interval. It prunes at start too:
 * a service restarted more often than the interval would otherwise never prune. A failed prune is logged and
 * tried again at the next tick; it never stops the service.
 *
 * @example
 * class OriginalPruner extends PeriodicPruner {
 *   protected readonly everyMs = 3_600_000;
 *   protected readonly logger = new Logger('Originals');
 *   protected prune() { return this.originals.prune(); }
 *   protected describe(removed: number) { return { msg: 'originals pruned', removed }; }
 * }
 */
export abstract class PeriodicPruner implements OnModuleInit, OnApplicationShutdown {
  protected abstract readonly everyMs: number;
  protected abstract readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;

  /** Deletes what is past retention; resolves to the number of rows removed. */
  protected abstract prune(): Promise<number>;

  /** The log line for a prune that removed rows. */
  protected abstract describe(removed: number): Record<string, unknown>;

  onModuleInit(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), this.everyMs).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      const removed = await this.prune();
      if (removed > 0) this.logger.log(this.describe(removed));
    } catch (error) {
      this.logger.warn(`pruning failed: ${(error as Error).message}`);
    }
  }
}
