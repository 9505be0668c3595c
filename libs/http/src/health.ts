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

/** The check of each indicator still running: a probe that comes meanwhile waits for it instead of starting another. */
const inFlight = new WeakMap<HealthIndicator, Promise<Record<string, unknown>>>();

/**
 * One check at a time per indicator. A check that outlives its probe's timeout goes on (a Kafka client retrying its
 * connection while the broker is away does), and probes every 200 ms would otherwise pile up a client each: on a
 * loaded machine that was CPU taken from the recovery the probes wait for.
 */
function sharedCheck(indicator: HealthIndicator): Promise<Record<string, unknown>> {
  const running = inFlight.get(indicator);
  if (running) return running;
  const check = indicator.check().finally(() => inFlight.delete(indicator));
  inFlight.set(indicator, check);
  return check;
}

async function runCheck(indicator: HealthIndicator): Promise<HealthReport['checks'][string]> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    const details = await Promise.race([sharedCheck(indicator), timeout]);
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
