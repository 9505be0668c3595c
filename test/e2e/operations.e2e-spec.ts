import { articleId } from '@app/contracts';
import pg from 'pg';
import { freePort } from '../../tools/infra/index.js';
import { authFor, freshNamespace, testEnv } from '../support/pipeline.js';
import { metricValue, scrape } from '../support/prometheus.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { RunningService } from '../support/service-runner.js';
import { TcpLink } from '../../tools/infra/index.js';
import { waitFor } from '../support/wait-for.js';

const article = (externalId: string) => ({
  source: 'e2e-tass',
  externalId,
  title: 'Ночная смена на заводе',
  body: `<p>Текст ${externalId}.</p>`,
  publishedAt: '2026-11-25T08:00:00+03:00',
  lang: 'ru',
});

describe('operations: metrics, traces, freshness, readiness and graceful shutdown (real processes)', () => {
  const database = new URL(process.env.DATABASE_URL!);
  const proxy = new TcpLink({ host: database.hostname, port: Number(database.port || 5432) });
  let fetcher: RunningService;
  let processor: RunningService;
  let store: RunningService;
  let db: pg.Client;

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${fetcher.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authFor('e2e-tass'), ...headers },
      body: JSON.stringify(body),
    });
  }

  beforeAll(async () => {
    const proxied = new URL(database.href);
    proxied.port = String(await proxy.open());
    const ports = { fetcher: await freePort(), processor: await freePort(), store: await freePort() };
    const env = testEnv({
      KAFKA_NAMESPACE: freshNamespace('e2e-ops'),
      LOG_LEVEL: 'info',
      FETCHER_PORT: String(ports.fetcher),
      PROCESSOR_PORT: String(ports.processor),
      STORE_PORT: String(ports.store),
      SOURCE_STALE_AFTER_OVERRIDES: 'e2e-ria=1',
      KAFKA_CONSUMER_BATCH_SIZE: '50',
    });
    fetcher = new RunningService(
      'fetcher',
      { ...env, DATABASE_URL: proxied.href },
      `http://127.0.0.1:${ports.fetcher}`,
    );
    processor = new RunningService('processor', env, `http://127.0.0.1:${ports.processor}`);
    store = new RunningService('store', env, `http://127.0.0.1:${ports.store}`);
    await Promise.all([fetcher.start(), processor.start(), store.start()]);
    db = new pg.Client({ connectionString: database.href });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await Promise.all([fetcher?.stop(), processor?.stop(), store?.stop()]);
    await proxy.cut();
  }, 60_000);

  it('moves the metrics and carries one traceparent through the logs of all three services', async () => {
    const accepted = () =>
      scrape(fetcher.url).then((t) => metricValue(t, 'intake_articles_total', { source: 'e2e-tass', outcome: 'new' }));
    const before = await accepted();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await post(article('trace-1'), { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    expect(response.status).toBe(202);
    const id = articleId('e2e-tass', 'trace-1');
    await waitForStoredArticle(store.url, id);

    expect(await accepted()).toBe(before + 1);
    const fetcherMetrics = await scrape(fetcher.url);
    expect(
      metricValue(fetcherMetrics, 'http_requests_total', { route: '/v1/articles', status: '202' }),
    ).toBeGreaterThanOrEqual(1);
    expect(metricValue(fetcherMetrics, 'kafka_produce_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    const processorMetrics = await scrape(processor.url);
    expect(metricValue(processorMetrics, 'kafka_messages_processed_total')).toBeGreaterThanOrEqual(1);
    expect(
      metricValue(processorMetrics, 'pipeline_stage_duration_seconds_count', { stage: 'extract' }),
    ).toBeGreaterThanOrEqual(1);
    const storeMetrics = await scrape(store.url);
    expect(metricValue(storeMetrics, 'kafka_messages_processed_total')).toBeGreaterThanOrEqual(1);
    expect(metricValue(storeMetrics, 'db_write_duration_seconds_count')).toBeGreaterThanOrEqual(1);

    const traced = (service: RunningService, msg: string) =>
      waitFor(
        async () => service.lines.find((l) => l.msg === msg && l.articleId === id && l.traceId === traceId),
        `${service.name} to log "${msg}" in the trace`,
      );
    const lines = await Promise.all([
      traced(fetcher, 'article accepted'),
      traced(processor, 'article enriched'),
      traced(store, 'article stored'),
    ]);
    expect(lines.map((l) => l.service)).toEqual(['fetcher', 'processor', 'store']);
    for (const service of [fetcher, processor, store])
      expect(JSON.stringify(service.lines)).not.toContain('test-key-for-');
  }, 60_000);

  it('reports the partitions each consumer holds in readiness', async () => {
    for (const service of [processor, store]) {
      const { checks } = (await (await fetch(`${service.url}/health/ready`)).json()) as {
        checks: { consumer: { status: string; details: { partitions: number } } };
      };
      expect(checks.consumer.status).toBe('up');
      expect(checks.consumer.details.partitions).toBe(6);
    }
  });

  it('reports a source that has gone quiet as stale', async () => {
    const { sources } = (await (await fetch(`${fetcher.url}/v1/sources`)).json()) as {
      sources: { source: string; stale: boolean; staleAfterSeconds: number }[];
    };
    expect(sources.find((s) => s.source === 'e2e-tass')).toMatchObject({ stale: false, staleAfterSeconds: 3600 });
    expect(sources.find((s) => s.source === 'e2e-ria')).toMatchObject({ stale: true, staleAfterSeconds: 1 });
    expect(metricValue(await scrape(fetcher.url), 'source_stale', { source: 'e2e-ria' })).toBe(1);
  });

  it('turns unready while its database is unreachable and ready again when it returns', async () => {
    const ready = () =>
      fetch(`${fetcher.url}/health/ready`).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { checks: Record<string, { status: string }> },
      }));
    expect((await ready()).status).toBe(200);
    await proxy.cut();
    const down = await waitFor(async () => {
      const r = await ready();
      return r.status === 503 ? r : undefined;
    }, 'readiness to fail');
    expect(down.body.checks.postgres?.status).toBe('down');
    expect(down.body.checks.kafka?.status).toBe('up');
    expect((await fetch(`${fetcher.url}/health/live`)).status).toBe(200);
    await proxy.open();
    await waitFor(async () => ((await ready()).status === 200 ? true : undefined), 'readiness to recover', 60_000);
  }, 90_000);

  it('loses and duplicates nothing when every service gets SIGTERM during a stream', async () => {
    const acknowledged = new Set<string>();
    const endings: Record<string, string | undefined> = {};
    let streaming = true;
    const send = async (batch: number) => {
      const items = Array.from({ length: 20 }, (_, i) => article(`stream-${batch}-${i}`));
      for (;;) {
        try {
          const response = await post(items);
          if (response.status === 202) {
            for (const r of ((await response.json()) as { results: { id: string }[] }).results) acknowledged.add(r.id);
            return;
          }
          expect([503]).toContain(response.status);
        } catch {
          // connection refused while the fetcher restarts: a client retries
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const stream = (async () => {
      for (let batch = 0; streaming || batch < 30; batch++) await send(batch);
    })();
    for (const service of [processor, store, fetcher]) {
      await waitFor(async () => (acknowledged.size >= 100 ? true : undefined), 'the stream to be flowing');
      endings[service.name] = await service.stop();
      await service.start();
    }
    streaming = false;
    await stream;

    const stored = async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM articles WHERE source = 'e2e-tass' AND external_id LIKE 'stream-%'`,
      );
      return rows[0] as { n: number; d: number };
    };
    const final = await waitFor(
      async () => {
        const counts = await stored();
        return counts.n >= acknowledged.size ? counts : undefined;
      },
      `all ${acknowledged.size} acknowledged articles to be stored`,
      90_000,
    );
    expect(final).toEqual({ n: acknowledged.size, d: acknowledged.size });
    const { rows } = await db.query(
      `SELECT id FROM articles WHERE source = 'e2e-tass' AND external_id LIKE 'stream-%'`,
    );
    expect(new Set(rows.map((r: { id: string }) => r.id))).toEqual(acknowledged);
    // Each service drained and ended on its own SIGTERM (Nest re-raises it after the shutdown hooks), not SIGKILL.
    expect(endings).toEqual({ processor: 'SIGTERM', store: 'SIGTERM', fetcher: 'SIGTERM' });
  }, 240_000);
});
