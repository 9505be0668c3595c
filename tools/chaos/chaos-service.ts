import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { ServiceProcess, serviceEntry, type ServiceName } from '../start/service-process.js';

/**
 * Generous: with seven instances starting at once on a shared two-core machine (load averages of 20–35 were seen),
 * a process took over two minutes to answer; the deadline only ends a run that would otherwise hang.
 */
const READY_DEADLINE_MS = 300_000;

/** Polls `url` until it answers 2xx, or throws at the deadline. */
export async function waitUntilOk(url: string, what: string, deadlineMs = READY_DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not become ready within ${deadlineMs / 1000} s (${url})`);
}

/**
 * A built service (its bundle, `serviceEntry`) as a real process that can be killed with SIGKILL, as a
 * crash or an OOM kill would, and started again on the same port. Its output is appended to a log file.
 */
export class ChaosService {
  private process: ServiceProcess | null = null;
  private readonly log: WriteStream;
  kills = 0;
  /** Times it exited by itself and the run restarted it. */
  crashes = 0;

  constructor(
    readonly name: ServiceName,
    private readonly env: NodeJS.ProcessEnv,
    readonly url: string,
    logDir: string,
    /** Which instance this is (`processor-2`), in logs, the fault list and the table; the service name by default. */
    readonly label: string = name,
  ) {
    this.log = createWriteStream(join(logDir, `${label}.log`), { flags: 'a' });
  }

  /** Spawns the process; with `waitReady`, resolves once `/health/ready` answers 200. */
  async start(waitReady = true): Promise<void> {
    const script = serviceEntry(this.name);
    const started = new ServiceProcess(this.label, script, this.env, (line) => this.log.write(`${line}\n`));
    // An interrupted run must not leave services behind: they would keep consuming the run's topics.
    const killOnExit = () => started.hasExited || process.kill(started.pid, 'SIGKILL');
    process.on('exit', killOnExit);
    void started.exited.then(() => process.removeListener('exit', killOnExit));
    this.process = started;
    if (waitReady) await this.ready();
  }

  ready(): Promise<void> {
    return waitUntilOk(`${this.url}/health/ready`, this.label);
  }

  /** Resolves once the process answers `/health/live` (up, though perhaps not yet back in its consumer group). */
  live(): Promise<void> {
    return waitUntilOk(`${this.url}/health/live`, this.label);
  }

  /** SIGKILL: no shutdown hook runs, in-flight batches and requests are abandoned. */
  async kill(): Promise<void> {
    const current = this.process;
    this.process = null;
    if (!current || current.hasExited) return;
    this.log.write(`--- chaos: SIGKILL to pid ${current.pid} at ${new Date().toISOString()}\n`);
    process.kill(current.pid, 'SIGKILL');
    await current.exited;
    this.kills++;
  }

  /** SIGTERM and wait (the end of a run). */
  async stop(): Promise<void> {
    await this.process?.stop();
    this.process = null;
    await new Promise((resolve) => this.log.end(resolve));
  }

  /** Whether it died on its own (not by our hand): a crash the run must report. */
  get crashed(): boolean {
    return this.process?.hasExited ?? false;
  }
}
