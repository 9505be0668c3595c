import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectStoreWriter } from '../../../../test/support/store-database.js';
import { ArticleWriteRepository } from './article-write.repository.js';
import { consumed, enrichedArticle, mentionsOf } from './enriched-article.fixture.js';
import { entityKey } from './entity-key.js';

const run = randomBytes(4).toString('hex');
const source = `int-${run}`;
const kazan = `Казань ${run}`;
const tatarstan = `Татарстан ${run}`;

function article(
  externalId: string,
  text: string,
  overrides: Parameters<typeof enrichedArticle>[0] extends infer T ? Partial<T> : never = {},
) {
  return enrichedArticle({
    source,
    externalId,
    text,
    lang: 'ru',
    entities: [mentionsOf(text, 'LOC', kazan), mentionsOf(text, 'LOC', tatarstan)].filter((e) => e.mentions.length > 0),
    ...overrides,
  });
}

describe('ArticleWriteRepository against real PostgreSQL', () => {
  let dataSource: DataSource;
  let repository: ArticleWriteRepository;

  const row = async (id: string) =>
    (
      await dataSource.query(
        'SELECT version, status, title, text, processed_at, stored_at, lineage FROM articles WHERE id = $1',
        [id],
      )
    )[0];
  const links = async (id: string) =>
    dataSource.query(
      'SELECT e.name, l.count, l.mentions FROM article_entities l JOIN entities e ON e.key = l.entity_key WHERE l.article_id = $1 ORDER BY e.name',
      [id],
    );
  const articleCount = async (type: string, name: string) =>
    (await dataSource.query('SELECT article_count FROM entities WHERE key = $1', [entityKey(type, name)]))[0]
      ?.article_count;
  const dailyCount = async (type: string, name: string) =>
    (
      await dataSource.query('SELECT coalesce(sum(articles), 0)::int AS n FROM entity_days WHERE entity_key = $1', [
        entityKey(type, name),
      ])
    )[0].n;
  const linkedCount = async (type: string, name: string) =>
    (
      await dataSource.query('SELECT count(*)::int AS n FROM article_entities WHERE entity_key = $1', [
        entityKey(type, name),
      ])
    )[0].n;

  beforeAll(async () => {
    ({ dataSource, repository } = await connectStoreWriter(4));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('writes a batch of articles, their entities and links in one call', async () => {
    const batch = [
      article('b-1', `${kazan} и ${tatarstan}.`),
      article('b-2', `Снова ${kazan}.`),
      article('b-3', 'Ничего.'),
    ];
    const outcome = await repository.upsertMany(batch.map((a, i) => consumed(a, i)));
    expect(outcome.written.sort()).toEqual(batch.map((a) => a.id).sort());
    expect(await links(batch[0]!.id)).toEqual([
      { name: kazan, count: 1, mentions: [{ start: 0, end: kazan.length, text: kazan }] },
      {
        name: tatarstan,
        count: 1,
        mentions: [{ start: kazan.length + 3, end: kazan.length + 3 + tatarstan.length, text: tatarstan }],
      },
    ]);
    expect(await articleCount('LOC', kazan)).toBe(2);
    expect(await articleCount('LOC', tatarstan)).toBe(1);
    expect((await row(batch[0]!.id)).lineage).toMatchObject({
      payloadHash: 'a'.repeat(64),
      enriched: { topic: 'news.articles.enriched.v1', partition: 0, offset: '0' },
    });
  });

  it('keeps the newer version when an older one arrives late, in a later batch or the same one', async () => {
    const v2 = article('v-1', `Версия 2: ${tatarstan}.`, { version: 2, processedAt: '2026-11-25T10:05:00.000Z' });
    const v1 = article('v-1', `Версия 1: ${kazan}.`, { version: 1, processedAt: '2026-11-25T10:09:00.000Z' });
    await repository.upsertMany([consumed(v2)]);
    expect((await repository.upsertMany([consumed(v1)])).written).toEqual([]);
    expect(await row(v2.id)).toMatchObject({ version: 2, text: v2.text });
    expect((await links(v2.id)).map((l: { name: string }) => l.name)).toEqual([tatarstan]);

    const other = article('v-2', 'Версия 3.', { version: 3 });
    await repository.upsertMany([consumed(other, 1), consumed({ ...other, version: 1, text: 'старая' }, 0)]);
    expect(await row(other.id)).toMatchObject({ version: 3, text: 'Версия 3.' });
  });

  it('replaces a row re-processed later at the same version, moving entity counts without duplicate links', async () => {
    const first = article('r-1', `${kazan}, ${kazan}.`);
    await repository.upsertMany([consumed(first)]);
    const before = { kazan: await articleCount('LOC', kazan), tatarstan: await articleCount('LOC', tatarstan) };
    const again = article('r-1', `${tatarstan}.`, {
      processedAt: '2026-11-26T00:00:00.000Z',
      processor: { version: '0.2.0', model: 'better' },
    });
    expect((await repository.upsertMany([consumed(again, 7)])).relinked).toEqual([again.id]);
    expect(await links(again.id)).toEqual([expect.objectContaining({ name: tatarstan, count: 1 })]);
    expect(await articleCount('LOC', kazan)).toBe(before.kazan - 1);
    expect(await articleCount('LOC', tatarstan)).toBe(before.tatarstan + 1);
    for (const name of [kazan, tatarstan]) {
      expect(await articleCount('LOC', name)).toBe(await linkedCount('LOC', name));
      expect(await dailyCount('LOC', name)).toBe(await linkedCount('LOC', name));
    }
  });

  it('marks a killed article killed and keeps its content and entities', async () => {
    const live = article('k-1', `Новость про ${kazan}.`);
    await repository.upsertMany([consumed(live)]);
    const kill = article('k-1', 'Материал отозван.', {
      version: 2,
      pubStatus: 'canceled',
      title: 'KILL',
      processedAt: '2026-11-25T11:00:00.000Z',
    });
    expect((await repository.upsertMany([consumed(kill)])).written).toEqual([live.id]);
    expect(await row(live.id)).toMatchObject({ version: 2, status: 'killed', title: live.title, text: live.text });
    expect((await links(live.id)).map((l: { name: string }) => l.name)).toEqual([kazan]);
    expect((await repository.upsertMany([consumed(live)])).written).toEqual([]);
    expect(await row(live.id)).toMatchObject({ status: 'killed' });
  });

  it('keeps the content a second kill finds, with its entities and their counts', async () => {
    const live = article('k-3', `Новость про ${kazan} и ${tatarstan}.`);
    await repository.upsertMany([consumed(live)]);
    const kill = (version: number) =>
      article('k-3', 'Материал отозван.', {
        version,
        pubStatus: 'canceled',
        title: `KILL ${version}`,
        processedAt: `2026-11-25T1${version}:00:00.000Z`,
      });
    await repository.upsertMany([consumed(kill(2))]);
    const counts = [await articleCount('LOC', kazan), await dailyCount('LOC', kazan)];
    expect((await repository.upsertMany([consumed(kill(3))])).written).toEqual([live.id]);
    expect(await row(live.id)).toMatchObject({ version: 3, status: 'killed', title: live.title, text: live.text });
    expect((await links(live.id)).map((l: { name: string }) => l.name)).toEqual([kazan, tatarstan]);
    expect([await articleCount('LOC', kazan), await dailyCount('LOC', kazan)]).toEqual(counts);
  });

  it('keeps the links on the published day the article keeps, when a kill with the same text comes later', async () => {
    const text = `Новость про ${kazan}, день ${run}.`;
    const live = article('k-4', text, { publishedAt: '2026-11-20T10:00:00.000Z' });
    await repository.upsertMany([consumed(live)]);
    const days = async () =>
      dataSource.query(
        `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.articles FROM entity_days d WHERE d.entity_key = $1 AND d.articles <> 0 ORDER BY 1`,
        [entityKey('LOC', kazan)],
      );
    const before = await days();
    await repository.upsertMany([
      consumed(
        article('k-4', text, {
          version: 2,
          pubStatus: 'canceled',
          publishedAt: '2026-11-27T10:00:00.000Z',
          processedAt: '2026-11-27T11:00:00.000Z',
        }),
      ),
    ]);
    expect(await row(live.id)).toMatchObject({ version: 2, status: 'killed' });
    const linked = await dataSource.query('SELECT published_at FROM article_entities WHERE article_id = $1', [live.id]);
    expect(linked.map((l: { published_at: Date }) => l.published_at.toISOString())).toEqual([
      '2026-11-20T10:00:00.000Z',
    ]);
    expect(await days()).toEqual(before);
  });

  it('applies the last version before a kill in the same batch, as if they had come one by one', async () => {
    const first = article('k-5', `Новость про ${kazan}.`);
    await repository.upsertMany([consumed(first)]);
    const corrected = article('k-5', `Поправка: новость про ${tatarstan}.`, {
      version: 2,
      title: 'Поправка',
      processedAt: '2026-11-25T11:00:00.000Z',
    });
    const kill = article('k-5', 'Материал отозван.', {
      version: 3,
      pubStatus: 'canceled',
      title: 'KILL',
      processedAt: '2026-11-25T12:00:00.000Z',
    });
    await repository.upsertMany([consumed(corrected, 1), consumed(kill, 2)]);
    expect(await row(first.id)).toMatchObject({
      version: 3,
      status: 'killed',
      title: 'Поправка',
      text: corrected.text,
    });
    expect((await links(first.id)).map((l: { name: string }) => l.name)).toEqual([tatarstan]);
  });

  it('applies a kill processed together with its article (same version and processing time) in a later batch', async () => {
    const live = article('k-2', `Новость про ${tatarstan}.`);
    await repository.upsertMany([consumed(live, 1)]);
    const kill = {
      ...live,
      pubStatus: 'canceled' as const,
      lineage: { ...live.lineage, raw: { ...live.lineage.raw, offset: '2' } },
    };
    expect((await repository.upsertMany([consumed(kill, 2)])).written).toEqual([live.id]);
    expect(await row(live.id)).toMatchObject({ version: 1, status: 'killed', text: live.text });
    expect((await repository.upsertMany([consumed(kill, 2)])).written).toEqual([]);
    // The live message redelivered alone (its batch split, or a replay of its offset) does not undo the kill.
    expect((await repository.upsertMany([consumed(live, 1)])).written).toEqual([]);
    expect(await row(live.id)).toMatchObject({ status: 'killed' });
  });

  it('changes nothing when an already-written batch is delivered again', async () => {
    const batch = [article('d-1', `${kazan}.`), article('d-2', `${tatarstan}.`)].map((a, i) => consumed(a, i));
    await repository.upsertMany(batch);
    const snapshot = async () => [
      await row(batch[0]!.value.id),
      await row(batch[1]!.value.id),
      await links(batch[0]!.value.id),
      await articleCount('LOC', kazan),
      await articleCount('LOC', tatarstan),
    ];
    const before = await snapshot();
    expect(await repository.upsertMany(batch)).toEqual({ written: [], relinked: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps counts exact when batches sharing entities are written at the same time (as two partitions are)', async () => {
    const shared = Array.from({ length: 6 }, (_, i) => `Общая ${run} ${i}`);
    const batchOf = (prefix: string) =>
      Array.from({ length: 40 }, (_, n) => {
        const names = [shared[n % 6]!, shared[(n * 5 + 3) % 6]!];
        const text = `${names.join(' и ')}.`;
        return consumed(
          enrichedArticle({
            source,
            externalId: `${prefix}-${n}`,
            text,
            entities: names.map((name) => mentionsOf(text, 'ORG', name)),
          }),
          n,
        );
      });
    await Promise.all([
      repository.upsertMany(batchOf('c1')),
      repository.upsertMany(batchOf('c2')),
      repository.upsertMany(batchOf('c3')),
    ]);
    for (const name of shared) {
      const linked = await linkedCount('ORG', name);
      expect(linked).toBeGreaterThan(0);
      expect(await articleCount('ORG', name)).toBe(linked);
      expect(await dailyCount('ORG', name)).toBe(linked);
    }
  });

  it('reports a row PostgreSQL can never store as a deterministic failure, writing nothing of the batch', async () => {
    const good = article('x-1', 'Хорошая.');
    const bad = article('x-2', 'NUL \u0000 inside');
    await expect(repository.upsertMany([consumed(good), consumed(bad, 1)])).rejects.toMatchObject({
      code: 'PROCESSING_FAILED',
      retryable: false,
    });
    expect(await row(good.id)).toBeUndefined();
  });
});
