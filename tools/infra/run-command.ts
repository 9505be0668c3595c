import { spawn } from 'node:child_process';

/**
 * Runs a command to the end (killing it if this process exits first) and resolves with its combined output
 * (the last 8 KB), or rejects with an error that quotes that output, so a failing tool explains itself.
 */
export function runCommand(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let output = '';
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8192)));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      process.removeListener('exit', killOnExit);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}
