import { parsePrometheusText, sumOf } from './prometheus-text.js';

const TEXT = `# HELP kafka_messages_processed_total Messages handled
# TYPE kafka_messages_processed_total counter
kafka_messages_processed_total{service="store",topic="news.articles.enriched.v1"} 42
kafka_messages_processed_total{service="store",topic="other"} 8
intake_articles_total{service="fetcher",source="a",outcome="new",reason=""} 3
intake_articles_total{service="fetcher",source="b",outcome="duplicate",reason="same \\"id\\""} 5
process_cpu_seconds_total 1.5e1
broken line
`;

describe('parsePrometheusText', () => {
  const samples = parsePrometheusText(TEXT);

  it('reads names, labels (with escaped quotes) and values, skipping comments and junk', () => {
    expect(samples).toHaveLength(5);
    expect(samples[3]).toEqual({
      name: 'intake_articles_total',
      labels: { service: 'fetcher', source: 'b', outcome: 'duplicate', reason: 'same "id"' },
      value: 5,
    });
    expect(samples[4]).toEqual({ name: 'process_cpu_seconds_total', labels: {}, value: 15 });
  });

  it('sums the samples of one metric whose labels match', () => {
    expect(sumOf(samples, 'kafka_messages_processed_total')).toBe(50);
    expect(sumOf(samples, 'intake_articles_total', { outcome: 'new' })).toBe(3);
    expect(sumOf(samples, 'intake_articles_total', { outcome: 'missing' })).toBe(0);
  });
});
