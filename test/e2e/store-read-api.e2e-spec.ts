import { TOPICS, type EnrichedArticle } from '@app/contracts';
import { randomBytes } from 'node:crypto';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { readApi } from '../support/read-api.js';
import { startStore, type StoreUnderTest } from '../support/store-under-test.js';

const run = randomBytes(3).toString('hex');
const tass = `st${run}-tass`;
const reuters = `st${run}-reuters`;
const paged = `st${run}-paged`;
const TATARSTAN = `Татарстан ${run}`;
const KAMAZ = `КАМАЗ ${run}`;
const MINNIKHANOV = `Рустам Минниханов ${run}`;

interface Page<T = { id: string; source: string; duplicate: string }> {
  items: T[];
  nextCursor: string | null;
}
interface EntityItem {
  key: string;
  name: string;
  type: string;
  articleCount: number;
}
type Body = Page &
  Page<EntityItem> &
  Record<string, unknown> & {
    timeline: unknown[];
    related: unknown[];
    entities: unknown[];
    lineage: { enriched: unknown };
    paths: Record<string, unknown>;
  };

const ruText = 'В Татарстане выросло производство грузовиков КАМАЗ, сообщил Рустам Минниханов.';
const enText = 'The government raised the tax on trucks built in Tatarstan.';

function ruArticle(externalId: string, publishedAt: string, extra: Partial<EnrichedArticle> = {}): EnrichedArticle {
  return enrichedArticle({
    source: tass,
    externalId,
    publishedAt,
    lang: 'ru',
    title: 'Татарстан наращивает выпуск',
    text: ruText,
    entities: [
      mentionsOf(ruText, 'LOC', TATARSTAN, 'Татарстане'),
      mentionsOf(ruText, 'ORG', KAMAZ, 'КАМАЗ'),
      mentionsOf(ruText, 'PER', MINNIKHANOV, 'Рустам Минниханов'),
    ],
    ...extra,
  });
}

const ru1 = ruArticle('ru-1', '2026-11-20T08:00:00.000Z');
const ru2 = ruArticle('ru-2', '2026-11-21T08:00:00.000Z', {
  entities: [mentionsOf(ruText, 'LOC', TATARSTAN, 'Татарстане'), mentionsOf(ruText, 'ORG', KAMAZ, 'КАМАЗ')],
});
const killed = ruArticle('ru-killed', '2026-11-21T09:00:00.000Z', {
  pubStatus: 'canceled',
  entities: [mentionsOf(ruText, 'LOC', TATARSTAN, 'Татарстане')],
});
const en1 = enrichedArticle({
  source: reuters,
  externalId: 'en-1',
  publishedAt: '2026-11-21T12:00:00.000Z',
  lang: 'en',
  title: 'New levy on lorries',
  text: enText,
  storyId: ru1.id,
  duplicate: 'near',
  entities: [mentionsOf(enText, 'LOC', TATARSTAN, 'Tatarstan')],
});
const pagedArticles = Array.from({ length: 23 }, (_, i) =>
  // Groups of three share a published time, so the id must break ties for the order to be stable.
  enrichedArticle({
    source: paged,
    externalId: `p-${i}`,
    publishedAt: new Date(Date.UTC(2026, 10, 1, Math.floor(i / 3))).toISOString(),
  }),
);

describe('store read API over articles consumed from a real broker into real PostgreSQL', () => {
  let url: string;
  let store: StoreUnderTest;

  const get = (path: string) => readApi<Body>(url, path);
  const ids = (body: Page): string[] => body.items.map((a) => a.id);

  beforeAll(async () => {
    store = await startStore('e2e-store-read', { KAFKA_TOPIC_PARTITIONS: '2' });
    ({ url } = store);
    await store.store([ru1, ru2, killed, en1, ...pagedArticles]);
  }, 90_000);

  afterAll(async () => {
    await store?.close();
  }, 60_000);

  it('returns one article with its entities, mentions and lineage', async () => {
    const { status, body } = await get(`/v1/articles/${ru1.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: ru1.id,
      source: tass,
      version: 1,
      status: 'active',
      text: ruText,
      storyId: ru1.id,
      lineage: { payloadHash: 'a'.repeat(64), raw: { topic: TOPICS.rawArticles } },
    });
    expect(body.lineage.enriched).toMatchObject({
      topic: expect.stringContaining(TOPICS.enrichedArticles),
      offset: expect.stringMatching(/^\d+$/),
    });
    expect(body.entities).toHaveLength(3);
    expect(body.entities).toContainEqual({
      key: entityKey('LOC', TATARSTAN),
      type: 'LOC',
      name: TATARSTAN,
      count: 1,
      mentions: [{ start: 2, end: 12, text: 'Татарстане' }],
    });
  });

  it("withholds a killed article's title, text and entities, keeping its identity and kill time", async () => {
    const { status, body } = await get(`/v1/articles/${killed.id}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      id: killed.id,
      source: tass,
      externalId: 'ru-killed',
      version: 1,
      status: 'killed',
      pubStatus: 'canceled',
      publishedAt: killed.publishedAt,
      killedAt: expect.stringMatching(/^\d{4}-/),
      storyId: killed.storyId,
    });
    const listed = (await get(`/v1/articles?source=${tass}`)).body.items.find((a) => a.id === killed.id);
    expect(listed).not.toHaveProperty('title');
    expect(ids((await get(`/v1/articles?q=${encodeURIComponent('производство')}&source=${tass}`)).body)).toEqual([
      ru2.id,
      ru1.id,
    ]);
  });

  it('lists newest first and filters by source, lang, status and published time', async () => {
    expect(ids((await get(`/v1/articles?source=${tass}`)).body)).toEqual([killed.id, ru2.id, ru1.id]);
    expect(ids((await get(`/v1/articles?source=${tass}&status=active`)).body)).toEqual([ru2.id, ru1.id]);
    expect((await get(`/v1/articles?source=${tass}&status=killed`)).body.items).toEqual([
      expect.objectContaining({ id: killed.id, status: 'killed', killedAt: expect.any(String) }),
    ]);
    expect(ids((await get(`/v1/articles?source=${reuters}&lang=en`)).body)).toEqual([en1.id]);
    expect(ids((await get(`/v1/articles?source=${reuters}&lang=ru`)).body)).toEqual([]);
    const window = (await get(`/v1/articles?source=${tass}&from=2026-11-21T00:00:00Z&to=2026-11-21T09:00:00%2B00:00`))
      .body;
    expect(ids(window)).toEqual([ru2.id]);
  });

  it('filters by entity key, or by canonical name with a type', async () => {
    const byKey = ids((await get(`/v1/articles?entity=${entityKey('ORG', KAMAZ)}`)).body);
    expect(byKey).toEqual([ru2.id, ru1.id]);
    const byName = (await get(`/v1/articles?entity=${encodeURIComponent(TATARSTAN)}&entityType=LOC`)).body;
    // A killed article is not found by the entities it mentioned.
    expect(ids(byName)).toEqual([en1.id, ru2.id, ru1.id]);
    expect(
      ids((await get(`/v1/articles?entity=${encodeURIComponent(TATARSTAN)}&entityType=LOC&source=${reuters}`)).body),
    ).toEqual([en1.id]);
    expect(ids((await get(`/v1/articles?entity=${encodeURIComponent(MINNIKHANOV)}&entityType=LOC`)).body)).toEqual([]);
  });

  it('finds Russian and English words in other forms by full-text search', async () => {
    const ru = await get(`/v1/articles?q=${encodeURIComponent('Татарстаном')}&source=${tass}&status=active`);
    expect(ids(ru.body)).toEqual([ru2.id, ru1.id]);
    // «Татарстана» stems to `татарста`, the text's «Татарстане» to `татарстан`: only the word's forms join them.
    for (const lang of ['', '&lang=ru']) {
      const genitive = await get(`/v1/articles?q=${encodeURIComponent('Татарстана грузовиков')}&source=${tass}${lang}`);
      expect(ids(genitive.body)).toEqual([ru2.id, ru1.id]);
    }
    expect(
      ids((await get(`/v1/articles?q=${encodeURIComponent('грузовик')}&source=${tass}&status=active&lang=ru`)).body),
    ).toEqual([ru2.id, ru1.id]);
    expect(ids((await get(`/v1/articles?q=taxes&source=${reuters}`)).body)).toEqual([en1.id]);
    expect(ids((await get(`/v1/articles?q=truck&lang=en&source=${reuters}`)).body)).toEqual([en1.id]);
    expect(ids((await get(`/v1/articles?q=${encodeURIComponent('налоги')}&source=${reuters}`)).body)).toEqual([]);
    expect(
      ids(
        (
          await get(
            `/v1/articles?q=${encodeURIComponent('"выросло производство" -Tatarstan')}&source=${tass}&status=active`,
          )
        ).body,
      ),
    ).toEqual([ru2.id, ru1.id]);
    // An excluded word the article has, in another form too, excludes it with or without a language filter.
    for (const lang of ['', '&lang=ru']) {
      expect(
        ids(
          (
            await get(
              `/v1/articles?q=${encodeURIComponent('производство -Татарстан')}&source=${tass}&status=active${lang}`,
            )
          ).body,
        ),
      ).toEqual([]);
      expect(
        ids(
          (await get(`/v1/articles?q=${encodeURIComponent('производство -КАМАЗ')}&source=${tass}&status=active${lang}`))
            .body,
        ),
      ).toEqual([]);
    }
    expect(ids((await get(`/v1/articles?q=${encodeURIComponent('tax -trucks')}&source=${reuters}`)).body)).toEqual([]);
  });

  it('pages through a source without gaps or repeats, ties broken by id', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await get(`/v1/articles?source=${paged}&limit=7${cursor ? `&cursor=${cursor}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor !== null);
    const expected = [...pagedArticles]
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id))
      .map((a) => a.id);
    expect(seen).toEqual(expected);
  });

  it('returns a story across agencies, newest first', async () => {
    const { status, body } = await get(`/v1/stories/${ru1.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ storyId: ru1.id, nextCursor: null });
    expect(body.items.map((a) => [a.source, a.duplicate])).toEqual([
      [reuters, 'near'],
      [tass, 'unique'],
    ]);
    expect(ids((await get(`/v1/articles?story=${ru1.id}`)).body)).toEqual([en1.id, ru1.id]);
    expect((await get(`/v1/stories/${enrichedArticle({ source: 'nobody', externalId: run }).id}`)).status).toBe(404);
  });

  it('searches entities by prefix and type, most mentioned first', async () => {
    const all = (await get(`/v1/entities?prefix=${encodeURIComponent(`т`)}&limit=100`)).body.items.filter((e) =>
      (e as unknown as EntityItem).name.endsWith(run),
    );
    expect(all).toEqual([{ key: entityKey('LOC', TATARSTAN), type: 'LOC', name: TATARSTAN, articleCount: 3 }]);
    const byType = (await get(`/v1/entities?prefix=${encodeURIComponent('кам')}&type=ORG&limit=100`)).body.items.filter(
      (e) => (e as unknown as EntityItem).name.endsWith(run),
    );
    expect(byType).toEqual([{ key: entityKey('ORG', KAMAZ), type: 'ORG', name: KAMAZ, articleCount: 2 }]);
    expect(
      (await get(`/v1/entities?prefix=${encodeURIComponent('кам')}&type=PER&limit=100`)).body.items.filter((e) =>
        (e as unknown as EntityItem).name.endsWith(run),
      ),
    ).toEqual([]);
  });

  it('describes an entity with its timeline and the entities mentioned with it', async () => {
    const { status, body } = await get(`/v1/entities/${entityKey('LOC', TATARSTAN)}`);
    expect(status).toBe(200);
    // The killed article mentioned Tatarstan on 2026-11-21: it no longer counts.
    expect(body).toMatchObject({ type: 'LOC', name: TATARSTAN, articleCount: 3 });
    expect(body.timeline).toEqual([
      { day: '2026-11-20', articles: 1, mentions: 1 },
      { day: '2026-11-21', articles: 2, mentions: 2 },
    ]);
    expect(body.related).toEqual([
      { key: entityKey('ORG', KAMAZ), type: 'ORG', name: KAMAZ, articleCount: 2, sharedArticles: 2 },
      { key: entityKey('PER', MINNIKHANOV), type: 'PER', name: MINNIKHANOV, articleCount: 1, sharedArticles: 1 },
    ]);
    const windowed = (await get(`/v1/entities/${entityKey('LOC', TATARSTAN)}?from=2026-11-21T00:00:00Z`)).body;
    expect(windowed.timeline).toEqual([{ day: '2026-11-21', articles: 2, mentions: 2 }]);
    expect(windowed.related).toEqual([expect.objectContaining({ name: KAMAZ, sharedArticles: 1 })]);
    expect((await get(`/v1/entities/${entityKey('LOC', `nowhere ${run}`)}`)).status).toBe(404);
  });

  it.each([
    ['/v1/articles?limit=1000', 'limit'],
    ['/v1/articles?limit=abc', 'limit'],
    ['/v1/articles?status=deleted', 'status'],
    ['/v1/articles?from=yesterday', 'from'],
    ['/v1/articles?from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z', 'to'],
    ['/v1/articles?entity=Kazan', 'entityType'],
    ['/v1/articles?story=42', 'story'],
    ['/v1/articles?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['/v1/articles?sourse=tass', 'sourse'],
    ['/v1/articles/not-a-uuid', 'id'],
    ['/v1/entities?type=THING', 'type'],
    ['/v1/entities/xyz', 'key'],
    ['/v1/stories/xyz', 'storyId'],
  ])('answers %s with a 400 problem naming %s', async (path, field) => {
    const { status, type, body } = await get(path);
    expect(status).toBe(400);
    expect(type).toContain('application/problem+json');
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field })] });
  });

  it('serves its OpenAPI document and a page that renders it', async () => {
    const { status, body } = await get('/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([
      '/v1/articles',
      '/v1/articles/{id}',
      '/v1/changes',
      '/v1/entities',
      '/v1/entities/{key}',
      '/v1/stories/{storyId}',
    ]);
    const page = await fetch(`${url}/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/v1/openapi.json');
  });
});
