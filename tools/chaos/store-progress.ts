import { setTimeout as delay } from 'node:timers/promises';
import type pg from 'pg';

/** Rows and versions: an upsert of a newer version counts as progress too. */
const PROGRESS = `SELECT (count(*) + coalesce(sum(version), 0))::int AS progress, count(*)::int AS rows
  FROM articles WHERE source = $1`;

/** The longest time no row was written while rows were missing, and when it began (`performance.now()`). */
export interface Stall {
  seconds: number;
  from: number;
}

/**
 * Watches the store's rows of one source and keeps the longest time during which nothing was written while
 * acknowledged articles were still missing: how long faults really stopped the pipeline (several faults in a row
 * can make one stall; when it began says which).
 */
export class StoreProgress {
  private longestMs = 0;
  private longestFrom = performance.now();
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    private readonly db: pg.Pool,
    private readonly source: string,
    private readonly acknowledged: () => number,
  ) {
    this.done = this.watch();
  }

  private async watch(): Promise<void> {
    let last = -1;
    let changedAt = performance.now();
    while (this.running) {
      const sample = await this.db.query<{ progress: number; rows: number }>(PROGRESS, [this.source]).then(
        (result) => result.rows[0]!,
        () => undefined,
      );
      const now = performance.now();
      if (sample && (sample.progress !== last || sample.rows >= this.acknowledged())) {
        last = sample.progress;
        changedAt = now;
      }
      if (now - changedAt > this.longestMs) {
        this.longestMs = now - changedAt;
        this.longestFrom = changedAt;
      }
      await delay(250);
    }
  }

  /** Stops watching; resolves with the longest stall (seconds to one decimal). */
  async stop(): Promise<Stall> {
    this.running = false;
    await this.done;
    return { seconds: Math.round(this.longestMs / 100) / 10, from: this.longestFrom };
  }
}
