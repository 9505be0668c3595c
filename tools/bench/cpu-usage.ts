import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function readStat(pid: number | string): { comm: string; ppid: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(') ');
    const fields = stat.slice(close + 2).split(' ');
    return {
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ppid: fields[1]!,
      seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  return readStat(pid)?.seconds ?? Number.NaN;
}

export type CpuSnapshot = Map<string, { group: string; seconds: number }>;

/** Groups whose CPU is not this bench's alone, so no per-article total includes it. */
export const SHARED_GROUPS: ReadonlySet<string> = new Set(['other', 'postgres-server']);

const commandLine = (pid: string): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

/**
 * A PostgreSQL process's group: the backends serving `database` are the bench's (`postgres: … user <database>
 * host(port) …`); the server's own processes (checkpointer, WAL writer, autovacuum) are `postgres-server`, shared
 * with whatever else uses that server; other databases' backends are `other`.
 */
function postgresGroup(pid: string, database: string | undefined): string {
  const line = commandLine(pid);
  if (database === undefined || line.includes(` ${database} `)) return 'postgres';
  return /\(\d+\)|\[local\]/.test(line) ? 'other' : 'postgres-server';
}

/**
 * CPU seconds used so far by every process on the machine, each with its group: the named processes by pid,
 * the Kafka broker this process started (`kafka`, any `java` when it started none: `KAFKA_BROKERS` given),
 * PostgreSQL (see {@link postgresGroup}), this process (`bench`) and `other`. The services are only part of the
 * story on a 2-core machine that also runs the broker, the database and the load; on a machine that others use
 * too (their brokers, their databases on the same server), only the bench's own count.
 */
export function cpuSnapshot(
  named: readonly { name: string; pid: number }[],
  scope: { database?: string; ownBroker?: boolean } = {},
): CpuSnapshot {
  const byPid = new Map(named.map((p) => [String(p.pid), p.name]));
  const self = String(process.pid);
  const snapshot: CpuSnapshot = new Map();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const stat = readStat(pid);
    if (!stat) continue;
    const group =
      byPid.get(pid) ??
      (pid === self
        ? 'bench'
        : stat.comm === 'java'
          ? !scope.ownBroker || stat.ppid === self
            ? 'kafka'
            : 'other'
          : stat.comm === 'postgres'
            ? postgresGroup(pid, scope.database)
            : 'other');
    snapshot.set(pid, { group, seconds: stat.seconds });
  }
  return snapshot;
}

/** CPU seconds per group between two snapshots; processes that started in between count from zero, those that ended are lost. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [pid, { group, seconds }] of after)
    totals[group] = (totals[group] ?? 0) + seconds - (before.get(pid)?.seconds ?? 0);
  return totals;
}
