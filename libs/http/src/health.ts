/** One dependency check: resolves with details when healthy, rejects (or times out) when not. */
export interface HealthIndicator {
  readonly name: string;
  check(): Promise<Record<string, unknown>>;
}

export interface HealthReport {
  status: 'ok' | 'unavailable' | 'draining';
  checks: Record<
    string,
    { status: 'up' | 'down'; details?: Record<string, unknown>; error?: string; durationMs: number }
  >;
}

/** The injection token of a service's health indicators. */
export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');

const CHECK_TIMEOUT_MS = 2_000;

async function runCheck(indicator: HealthIndicator): Promise<HealthReport['checks'][string]> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    const details = await Promise.race([indicator.check(), timeout]);
    return { status: 'up', details, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', error: (error as Error).message, durationMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every indicator concurrently, each bounded by a timeout. */
export async function checkHealth(indicators: readonly HealthIndicator[]): Promise<HealthReport> {
  const results = await Promise.all(indicators.map(async (i) => [i.name, await runCheck(i)] as const));
  const checks = Object.fromEntries(results);
  const status = results.every(([, r]) => r.status === 'up') ? 'ok' : 'unavailable';
  return { status, checks };
}
