import { PeriodicPruner } from '@app/database';
import { Injectable, Logger } from '@nestjs/common';
import { ORIGINALS_RETENTION_DAYS, OriginalPayloadRepository } from './original-payload.repository.js';

/** Keeps the originals table to its retention. */
@Injectable()
export class OriginalPruner extends PeriodicPruner {
  protected readonly everyMs = 60 * 60_000;
  protected readonly logger = new Logger('Originals');

  constructor(private readonly originals: OriginalPayloadRepository) {
    super();
  }

  protected prune(): Promise<number> {
    return this.originals.prune();
  }

  protected describe(removed: number): Record<string, unknown> {
    return { msg: 'originals pruned', removed, retentionDays: ORIGINALS_RETENTION_DAYS };
  }
}
