import { Supervisor, type Child } from './supervisor.js';

class FakeChild implements Child {
  private end!: (how: string) => void;
  readonly exited = new Promise<string>((resolve) => (this.end = resolve));
  stopped = false;

  die(how: string): void {
    this.end(how);
  }

  async stop(): Promise<string> {
    this.stopped = true;
    this.end('SIGTERM');
    return this.exited;
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('Supervisor', () => {
  const timing = { firstBackoffMs: 1, maxBackoffMs: 4, healthyAfterMs: 60_000 };

  it('restarts a child that exits by itself, loudly, and stops for good when asked', async () => {
    const lines: string[] = [];
    const spawned: FakeChild[] = [];
    const spawn = () => {
      const child = new FakeChild();
      spawned.push(child);
      return child;
    };
    const first = new FakeChild();
    const supervisor = new Supervisor('store', spawn, { ...timing, shout: (line) => lines.push(line) }, first);
    first.die('exit 1');
    await until(() => spawned.length === 1);
    spawned[0]!.die('SIGKILL');
    await until(() => spawned.length === 2);
    expect(supervisor.current).toBe(spawned[1]);
    expect(supervisor.restartCount).toBe(2);
    await supervisor.stop();
    expect(spawned[1]!.stopped).toBe(true);
    expect(spawned).toHaveLength(2);
    expect(lines).toEqual([
      'store exited unexpectedly (exit 1)',
      'restarting store in 0.001 s',
      'store restarted (restart 1)',
      'store exited unexpectedly (SIGKILL)',
      'restarting store in 0.002 s',
      'store restarted (restart 2)',
    ]);
  });

  it('keeps trying, with a growing wait, when a restart itself fails', async () => {
    const lines: string[] = [];
    let attempts = 0;
    const spawn = () => {
      if (++attempts < 3) throw new Error('port in use');
      return new FakeChild();
    };
    const first = new FakeChild();
    const supervisor = new Supervisor('broker', spawn, { ...timing, shout: (line) => lines.push(line) }, first);
    first.die('exit 137');
    await until(() => supervisor.restartCount === 1);
    await supervisor.stop();
    expect(lines.filter((line) => line.startsWith('restarting'))).toEqual([
      'restarting broker in 0.001 s',
      'restarting broker in 0.002 s',
      'restarting broker in 0.004 s',
    ]);
  });
});
