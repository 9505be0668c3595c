import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function readStat(pid: number | string): { comm: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(') ');
    const fields = stat.slice(close + 2).split(' ');
    return {
      comm: stat.slice(stat.indexOf('(') + 1, close),
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

/**
 * CPU seconds used so far by every process on the machine, each with its group: the named processes by pid,
 * the Kafka broker (`java`), PostgreSQL (all `postgres` processes), this process (`bench`) and `other`. The
 * services are only part of the story on a 2-core machine that also runs the broker, the database and the load.
 */
export function cpuSnapshot(named: readonly { name: string; pid: number }[]): CpuSnapshot {
  const byPid = new Map(named.map((p) => [String(p.pid), p.name]));
  const snapshot: CpuSnapshot = new Map();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const stat = readStat(pid);
    if (!stat) continue;
    const group =
      byPid.get(pid) ??
      (pid === String(process.pid)
        ? 'bench'
        : stat.comm === 'java'
          ? 'kafka'
          : stat.comm === 'postgres'
            ? 'postgres'
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
