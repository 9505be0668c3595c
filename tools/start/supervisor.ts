/** What the supervisor needs of a child: when it ended and how to stop it. */
export interface Child {
  readonly exited: Promise<string>;
  stop(): Promise<unknown>;
}

export interface SupervisorOptions {
  /** Loud lines for the console. */
  shout: (line: string) => void;
  /** First wait before a restart; it doubles with each quick death, up to `maxBackoffMs`. */
  firstBackoffMs?: number;
  maxBackoffMs?: number;
  /** A child that ran this long before dying starts the backoff again from the first wait. */
  healthyAfterMs?: number;
}

/**
 * Keeps one child running: when it exits without being asked to, says so loudly and starts another after a backoff
 * (1 s doubling to 30 s, back to 1 s once one has run for a minute), so a crash-looping child does not spin and a
 * rare crash costs a second. `stop()` ends the child for good and no restart follows.
 *
 * @example
 * const store = new Supervisor('store', () => new ServiceProcess('store', script, env), { shout });
 * await store.stop();
 */
export class Supervisor<C extends Child> {
  private child: C;
  private stopping = false;
  private restarts = 0;
  private wake: (() => void) | undefined;
  private readonly loop: Promise<void>;

  constructor(
    readonly name: string,
    private readonly spawn: () => C | Promise<C>,
    private readonly options: SupervisorOptions,
    first: C,
  ) {
    this.child = first;
    this.loop = this.supervise();
  }

  /** The child running now (a restart replaces it). */
  get current(): C {
    return this.child;
  }

  get restartCount(): number {
    return this.restarts;
  }

  private async supervise(): Promise<void> {
    let backoff = this.options.firstBackoffMs ?? 1_000;
    for (;;) {
      const started = Date.now();
      const how = await this.child.exited;
      if (this.stopping) return;
      if (Date.now() - started >= (this.options.healthyAfterMs ?? 60_000))
        backoff = this.options.firstBackoffMs ?? 1_000;
      this.options.shout(`${this.name} exited unexpectedly (${how})`);
      backoff = await this.restart(backoff);
      if (this.stopping) return;
    }
  }

  /** Waits `backoff`, then spawns, doubling the wait after each failure; resolves with the next backoff. */
  private async restart(backoff: number): Promise<number> {
    for (;;) {
      this.options.shout(`restarting ${this.name} in ${backoff / 1000} s`);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, backoff);
      });
      if (this.stopping) return backoff;
      const next = Math.min(this.options.maxBackoffMs ?? 30_000, backoff * 2);
      try {
        this.child = await this.spawn();
      } catch (error) {
        this.options.shout(`${this.name} could not be restarted: ${(error as Error).message}`);
        backoff = next;
        continue;
      }
      this.restarts++;
      if (this.stopping) await this.child.stop();
      else this.options.shout(`${this.name} restarted (restart ${this.restarts})`);
      return next;
    }
  }

  /** Stops the child and the supervision; resolves once the child has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.child.stop();
    await this.loop;
  }
}
