import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ORIGINALS_RETENTION_DAYS, OriginalPayloadRepository } from './original-payload.repository.js';

const PRUNE_EVERY_MS = 60 * 60_000;

/** Keeps the originals table to its retention; at start too, so a fetcher restarted often still prunes. */
@Injectable()
export class OriginalPruner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Originals');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly originals: OriginalPayloadRepository) {}

  onModuleInit(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async prune(): Promise<void> {
    try {
      const removed = await this.originals.prune();
      if (removed > 0) this.logger.log({ msg: 'originals pruned', removed, retentionDays: ORIGINALS_RETENTION_DAYS });
    } catch (error) {
      this.logger.warn(`originals pruning failed: ${(error as Error).message}`);
    }
  }
}
