import { articleId, TOPICS } from '@app/contracts';
import { connectDataSource, createDataSource } from '@app/database';
import { ApiKeyRepository } from '../../apps/fetcher/src/api-key.repository.js';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { FETCHER_DATABASE } from '../../apps/fetcher/src/fetcher.database.js';
import { authFor, freshNamespace, startPipeline, testConfig, type RunningPipeline } from '../support/pipeline.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { topicSize } from '../support/topic-size.js';

const base = {
  source: 'e2e-tass',
  title: 'Пожар на складе в Казани потушен',
  body: '<p>Пожарные потушили склад.</p>',
  publishedAt: '2026-11-25T08:00:00+03:00',
  lang: 'ru',
};

type Report = {
  id?: string;
  accepted: number;
  rejected: number;
  results: { index: number; status: string; id?: string; reason?: string; error?: { code: string } }[];
};

describe('push intake: keys, batches, versions and kills (real Kafka and PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  const rawSize = () => topicSize(pipeline.config, TOPICS.rawArticles);

  async function post(body: unknown, headers: Record<string, string> = authFor('e2e-tass')): Promise<Response> {
    return fetch(`${pipeline.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  const stored = (id: string, until: (a: Record<string, unknown>) => boolean) =>
    waitForStoredArticle(pipeline.store, id, { until });

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-intake'), INTAKE_BATCH_LIMIT: '5' });
  }, 90_000);

  afterAll(async () => pipeline?.close());

  it('refuses a missing or wrong key with 401 and another source with 403, publishing nothing', async () => {
    const before = await rawSize();
    const missing = await post({ ...base, externalId: 'auth-1' }, {});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await missing.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    expect((await post({ ...base, externalId: 'auth-1' }, { authorization: 'Bearer not-a-key' })).status).toBe(401);
    const other = await post({ ...base, externalId: 'auth-1' }, authFor('e2e-ria'));
    expect(other.status).toBe(403);
    expect(((await other.json()) as { code: string }).code).toBe('FORBIDDEN_SOURCE');
    expect(await rawSize()).toBe(before);
  });

  it('accepts a key created in the database and refuses it once revoked', async () => {
    const dataSource = await connectDataSource(() => createDataSource(pipeline.config.database, FETCHER_DATABASE), {
      migrationsRun: false,
      log: console,
    });
    try {
      const keys = new ApiKeyRepository(dataSource);
      const { key, record } = await keys.create('e2e-tass');
      const [stored] = await dataSource.query('SELECT key_hash FROM api_keys WHERE id = $1', [record.id]);
      expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.key_hash).not.toContain(key.slice(4));
      expect((await post({ ...base, externalId: 'db-key-1' }, { authorization: `Bearer ${key}` })).status).toBe(202);
      expect(await keys.revoke(record.prefix)).toBe(1);
      expect((await post({ ...base, externalId: 'db-key-2' }, { authorization: `Bearer ${key}` })).status).toBe(401);
    } finally {
      await dataSource.destroy();
    }
  });

  it('accepts the good items of a mixed batch and reports the bad one', async () => {
    const before = await rawSize();
    const response = await post([
      { ...base, externalId: 'batch-1' },
      { ...base, externalId: 'batch-2', publishedAt: 'вчера' },
      { ...base, externalId: 'batch-3' },
    ]);
    expect(response.status).toBe(202);
    const report = (await response.json()) as Report;
    expect(report).toMatchObject({ accepted: 2, rejected: 1 });
    expect(report.results.map((r) => r.status)).toEqual(['new', 'rejected', 'new']);
    expect(report.results[1]!.error?.code).toBe('VALIDATION_FAILED');
    expect(await rawSize()).toBe(before + 2);
  });

  it('refuses a batch over the limit with 413', async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ ...base, externalId: `big-${i}` }));
    const response = await post(items);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('BATCH_TOO_LARGE');
  });

  it('reports an identical re-send as a duplicate and does not publish it again', async () => {
    const first = (await (await post({ ...base, externalId: 'dup-1' })).json()) as Report;
    expect(first.results[0]!.status).toBe('new');
    const before = await rawSize();
    const again = (await (await post({ ...base, externalId: 'dup-1' })).json()) as Report;
    expect(again).toMatchObject({
      id: first.id,
      accepted: 1,
      results: [{ status: 'duplicate', reason: 'identical to the accepted version' }],
    });
    expect(await rawSize()).toBe(before);
  });

  it('lets a higher version supersede, ignores a late older one, and marks a kill killed', async () => {
    const id = articleId('e2e-tass', 'ver-1');
    expect(
      ((await (await post({ ...base, externalId: 'ver-1', version: 1 })).json()) as Report).results[0]!.status,
    ).toBe('new');
    const v2 = (await (
      await post({ ...base, externalId: 'ver-1', version: 2, title: 'Пожар потушен: уточнение' })
    ).json()) as Report;
    expect(v2.results[0]!.status).toBe('new-version');
    await stored(id, (a) => a.version === 2 && a.title === 'Пожар потушен: уточнение');

    const late = (await (
      await post({ ...base, externalId: 'ver-1', version: 1, title: 'Старый заголовок' })
    ).json()) as Report;
    expect(late.results[0]).toMatchObject({ status: 'duplicate' });

    const kill = (await (
      await post({ ...base, externalId: 'ver-1', version: 3, pubStatus: 'canceled' })
    ).json()) as Report;
    expect(kill.results[0]!.status).toBe('new-version');
    const killed = await stored(id, (a) => a.status === 'killed');
    expect(killed).toMatchObject({ version: 3, pubStatus: 'canceled' });
  }, 60_000);

  it('takes one article twice in a batch (a version and its correction), and knows both afterwards', async () => {
    const id = articleId('e2e-tass', 'twice-1');
    const before = await rawSize();
    const response = await post([
      { ...base, externalId: 'twice-1', version: 1 },
      { ...base, externalId: 'twice-1', version: 2, title: 'Пожар потушен: поправка' },
    ]);
    expect(response.status).toBe(202);
    expect(((await response.json()) as Report).results.map((r) => r.status)).toEqual(['new', 'new-version']);
    expect(await rawSize()).toBe(before + 2);
    await stored(id, (a) => a.version === 2 && a.title === 'Пожар потушен: поправка');
    const again = (await (
      await post({ ...base, externalId: 'twice-1', version: 2, title: 'Пожар потушен: поправка' })
    ).json()) as Report;
    expect(again.results[0]).toMatchObject({ status: 'duplicate' });
    expect(await rawSize()).toBe(before + 2);
  }, 60_000);
});

describe('intake limits', () => {
  it('answers 429 with Retry-After past the per-source rate, and 413 past the body limit', async () => {
    const config = testConfig({
      KAFKA_NAMESPACE: freshNamespace('e2e-limits'),
      INTAKE_RATE_PER_SECOND: '1',
      INTAKE_RATE_BURST: '2',
      INTAKE_BODY_LIMIT_BYTES: '4096',
    });
    const app = await createFetcherApp(config);
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const post = (body: string) =>
      fetch(`${url}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authFor('e2e-ria') },
        body,
      });
    try {
      const huge = await post(
        JSON.stringify({ ...base, source: 'e2e-ria', externalId: 'huge', body: 'x'.repeat(5000) }),
      );
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');

      const items = (n: number) =>
        JSON.stringify(
          Array.from({ length: n }, (_, i) => ({ ...base, source: 'e2e-ria', externalId: `rate-${n}-${i}` })),
        );
      expect((await post(items(2))).status).toBe(202);
      const limited = await post(items(2));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await limited.json()) as { code: string }).code).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  }, 60_000);
});
