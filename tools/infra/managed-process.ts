import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A long-running child process started by {@link spawnManaged}. */
export interface ManagedProcess {
  readonly pid: number | undefined;
  /** Settles when the process has exited and its output is flushed. */
  readonly exited: Promise<void>;
  hasExited(): boolean;
  /** Its last lines of output, to quote when it fails. */
  tail(): string;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill would end it; resolves once it has exited. */
  kill(): Promise<void>;
}

export interface ManagedProcessOptions {
  /** Every line of stdout and stderr is appended here. */
  logFile: string;
  onLog?: (line: string) => void;
  tailLines?: number;
}

/**
 * Spawns a server process whose output goes, line by line, to a log file (and `onLog`), and which is killed
 * when this Node process exits, so that a crash or a forgotten `stop()` never leaves it running.
 */
export function spawnManaged(command: string, args: string[], options: ManagedProcessOptions): ManagedProcess {
  // Its own process group: a Ctrl-C in the terminal reaches only our process, which stops the services
  // first and the servers they depend on last, instead of everything at once.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const recent: string[] = [];
  const record = (line: string) => {
    log.write(`${line}\n`);
    // Java stack frames would push the one line that says what went wrong out of the tail.
    if (!/^\s+(at |\.\.\. \d+ more)/.test(line)) recent.push(line);
    if (recent.length > (options.tailLines ?? 30)) recent.shift();
    options.onLog?.(line);
  };
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', record);

  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let done = false;
  const exited = new Promise<void>((resolve) => {
    const finish = () => {
      if (done) return;
      done = true;
      process.removeListener('exit', killOnExit);
      log.end(resolve);
    };
    child.once('error', (error) => {
      record(`could not run ${command}: ${error.message}`);
      finish();
    });
    child.once('close', finish);
  });

  const stop = async (graceMs = 20_000) => {
    if (done) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const kill = async () => {
    if (!done) child.kill('SIGKILL');
    await exited;
  };
  return { pid: child.pid, exited, hasExited: () => done, tail: () => recent.join('\n'), stop, kill };
}
