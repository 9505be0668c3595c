import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './process-alive.js';

/** Who runs a server on a data folder: the processes that must all be gone before another may start there. */
export interface DataDirHolder {
  pids: number[];
  port: number;
}

export type DataDirClaim =
  | { kind: 'claimed'; file: string; recordPid(pid: number | undefined): void; release(): void }
  | { kind: 'busy'; file: string; holder: DataDirHolder };

function readHolder(file: string): DataDirHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DataDirHolder;
  } catch {
    return undefined;
  }
}

/**
 * Claims a data folder for one server process by creating `server.lock` in it exclusively. A second Kafka
 * broker started on the same folder fails on Kafka's own lock only after it has damaged the metadata log,
 * so this check has to come first. A lock whose processes are all gone is stale and taken over.
 */
export function claimDataDir(dataDir: string, port: number): DataDirClaim {
  const file = join(dataDir, 'server.lock');
  for (let attempt = 0; ; attempt++) {
    const holder: DataDirHolder = { pids: [process.pid], port };
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const current = readHolder(file);
      if (current?.pids.some(isProcessAlive)) return { kind: 'busy', file, holder: current };
      rmSync(file, { force: true });
      continue;
    }
    const recordPid = (pid: number | undefined) => {
      if (pid !== undefined) writeFileSync(file, JSON.stringify({ ...holder, pids: [...holder.pids, pid] }));
    };
    return { kind: 'claimed', file, recordPid, release: () => rmSync(file, { force: true }) };
  }
}
