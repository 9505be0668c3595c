import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cacheDir, projectRoot } from '../infra/index.js';

const COLOURS: Record<string, number> = { fetcher: 36, processor: 35, store: 33, console: 32 };
/** The pipeline's services (what chaos runs and benches start and kill). */
export type ServiceName = 'fetcher' | 'processor' | 'store';
/** Every app a process can run: the services and the web console. */
export type AppName = ServiceName | 'console';

/** The services `npm run build` bundles into one file each (`tools/start/bundle-services.ts`). */
export const BUNDLED_SERVICES: readonly ServiceName[] = ['fetcher', 'processor', 'store'];

/**
 * The built entry point of an app: a service's one-file bundle, which starts on about half the CPU of its module
 * tree (a restart after a crash is that much shorter); the console's compiled `main.js`.
 */
export function serviceEntry(name: AppName): string {
  const file = name === 'console' ? 'main.js' : 'main.bundle.mjs';
  return join(projectRoot(), `dist/apps/${name}/src/${file}`);
}

/** Nest's start-up narration, which says nothing a person running the demo needs. */
const BOOTSTRAP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'NestMicroservice',
]);
const SHOWN_FIELDS = ['articleId', 'source', 'status', 'storyId', 'duplicate', 'entities', 'traceId'];

/** One JSON log line as a person wants to read it (level when not info, context, message, key fields), or null to hide it. */
export function humanise(line: string): string | null {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof entry.context === 'string' && BOOTSTRAP_CONTEXTS.has(entry.context) && entry.level === 'info') return null;
  const level = entry.level && entry.level !== 'info' ? `${String(entry.level).toUpperCase()} ` : '';
  const context = entry.context ? `${String(entry.context)}: ` : '';
  const fields = SHOWN_FIELDS.filter((k) => entry[k] !== undefined).map((k) => `${k}=${String(entry[k])}`);
  return `${level}${context}${String(entry.msg ?? '')}${fields.length ? `  ${fields.join(' ')}` : ''}`;
}

/** A service running as a child process, its output prefixed with its name. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  /** How the process ended: `exit 0`, `exit 1`, `SIGTERM` (Nest re-raises it after draining), `SIGKILL`… */
  readonly exited: Promise<string>;
  private readonly recent: string[] = [];

  /**
   * `onLine` receives every line the service prints; by default they go to stdout, prefixed and readable.
   * `nodeArgs` go before the script (the benchmark passes `--prof` to see where a service spends its time).
   */
  constructor(
    readonly name: string,
    script: string,
    env: NodeJS.ProcessEnv,
    onLine?: (line: string) => void,
    nodeArgs: readonly string[] = [],
  ) {
    // V8's compile cache: a restart compiles none of the service's ~2,000 modules again (measured on the processor:
    // median CPU of its module loading 1.70 s without, 1.46 s with). On a loaded machine start-up is CPU-bound.
    const withCache = { NODE_COMPILE_CACHE: cacheDir('node-compile-cache'), ...env };
    this.child = spawn(process.execPath, [...nodeArgs, script], { env: withCache, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `\x1b[${COLOURS[name] ?? 32}m[${name}]\x1b[0m `;
    const print =
      onLine ??
      ((line: string) => {
        const readable = humanise(line);
        if (readable !== null) process.stdout.write(`${prefix}${readable}\n`);
      });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.recent.push(line);
        if (this.recent.length > 30) this.recent.shift();
        print(line);
      });
    }
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** The last lines it printed, for a failure report. */
  tail(): string {
    return this.recent.join('\n');
  }

  /** SIGTERM, then SIGKILL if it has not drained within `graceMs`; resolves with how it ended. */
  async stop(graceMs = 15_000): Promise<string> {
    if (this.hasExited) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
