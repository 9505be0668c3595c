import { Logger } from '@nestjs/common';
import { PeriodicPruner } from './periodic-pruner.js';

class ScriptedPruner extends PeriodicPruner {
  protected readonly everyMs = 20;
  readonly lines: unknown[] = [];
  readonly warnings: string[] = [];
  protected readonly logger = Object.assign(new Logger('test'), {
    log: (line: unknown) => void this.lines.push(line),
    warn: (line: string) => void this.warnings.push(line),
  });
  calls = 0;

  constructor(private readonly outcomes: (number | Error)[]) {
    super();
  }

  protected prune(): Promise<number> {
    const outcome = this.outcomes[Math.min(this.calls++, this.outcomes.length - 1)];
    return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome);
  }

  protected describe(removed: number): Record<string, unknown> {
    return { msg: 'pruned', removed };
  }
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('PeriodicPruner', () => {
  it('prunes at start, logs only prunes that removed rows, and goes on after a failure', async () => {
    const pruner = new ScriptedPruner([0, new Error('connection terminated'), 7]);
    pruner.onModuleInit();
    try {
      await until(() => pruner.calls >= 3 && pruner.lines.length > 0);
    } finally {
      pruner.onApplicationShutdown();
    }
    expect(pruner.warnings).toEqual(['pruning failed: connection terminated']);
    expect(pruner.lines[0]).toEqual({ msg: 'pruned', removed: 7 });
  });

  it('stops on shutdown', async () => {
    const pruner = new ScriptedPruner([1]);
    pruner.onModuleInit();
    pruner.onApplicationShutdown();
    const calls = pruner.calls;
    await new Promise((r) => setTimeout(r, 80));
    expect(pruner.calls).toBe(calls);
  });
});
