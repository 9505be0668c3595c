/** One histogram series of a service, summarised: how often it was observed and its mean. */
export interface StageFigure {
  service: string;
  metric: string;
  labels: string;
  count: number;
  /** Milliseconds for `_seconds` histograms, the plain mean otherwise. */
  mean: number;
}

const PROFILED = [
  'http_request_duration_seconds',
  'kafka_produce_duration_seconds',
  'kafka_batch_duration_seconds',
  'kafka_batch_messages',
  'kafka_offset_commit_duration_seconds',
  'pipeline_stage_duration_seconds',
  'db_write_duration_seconds',
];

/** Reads `_sum` and `_count` of the profiled histograms from Prometheus text (minus the `service` label). */
export function stageFigures(service: string, text: string): StageFigure[] {
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^(\w+)_(sum|count)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || !PROFILED.includes(match[1]!)) continue;
    const labels = (match[3] ?? '')
      .split(',')
      .filter((l) => l && !l.startsWith('service=') && !l.startsWith('method='))
      .join(',');
    (match[2] === 'sum' ? sums : counts).set(`${match[1]}|${labels}`, Number(match[4]));
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => {
      const [metric, labels] = key.split('|') as [string, string];
      const scale = metric.endsWith('_seconds') ? 1000 : 1;
      return { service, metric, labels, count, mean: Math.round(((sums.get(key) ?? 0) / count) * scale * 100) / 100 };
    });
}

export async function scrapeStages(services: readonly { name: string; url: string }[]): Promise<StageFigure[]> {
  const texts = await Promise.all(
    services.map(async (s) => ({ name: s.name, text: await (await fetch(`${s.url}/metrics`)).text() })),
  );
  return texts.flatMap(({ name, text }) => stageFigures(name, text));
}

export function stageTable(figures: readonly StageFigure[]): string {
  const lines = figures.map((f) => `| ${f.service} | ${f.metric} | ${f.labels} | ${f.count} | ${f.mean} |`);
  return [
    '| service | histogram | labels | observations | mean (ms, or messages) |',
    '|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}
