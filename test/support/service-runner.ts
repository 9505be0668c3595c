import { existsSync } from 'node:fs';
import { ServiceProcess, serviceEntry, type ServiceName } from '../../tools/start/service-process.js';
import { waitFor } from './wait-for.js';

/** Log lines a service printed, parsed. */
export type LogLine = Record<string, unknown>;

/**
 * A built service running as a real process (so signals and per-process logging are real), from the same file
 * `npm start`, the chaos runs and the image start: its one-file bundle (`serviceEntry`).
 */
export class RunningService {
  readonly lines: LogLine[] = [];
  private process: ServiceProcess | null = null;

  constructor(
    readonly name: ServiceName,
    private readonly env: NodeJS.ProcessEnv,
    readonly url: string,
  ) {}

  async start(): Promise<void> {
    const script = serviceEntry(this.name);
    if (!existsSync(script)) throw new Error(`${script} is missing: run the tests with npm test, which builds first`);
    this.process = new ServiceProcess(this.name, script, this.env, (line) => {
      try {
        this.lines.push(JSON.parse(line) as LogLine);
      } catch {
        this.lines.push({ msg: line });
      }
    });
    await waitFor(
      async () => ((await fetch(`${this.url}/health/ready`)).ok ? true : undefined),
      `${this.name} ready`,
      90_000,
    );
  }

  /** SIGTERM and wait for the exit; resolves with how it ended (`SIGKILL` means it did not drain in time). */
  async stop(): Promise<string | undefined> {
    const ending = await this.process?.stop();
    this.process = null;
    return ending;
  }
}
