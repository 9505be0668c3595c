import pg from 'pg';
import { BAD_CHANGE_CURSORS, BAD_CURSORS, HOSTILE_VALUES, LIMITS } from '../abuse/read-api.cases.js';
import { refusalProblem } from '../support/abuse-client.js';
import { authFor, freshNamespace, readAuth, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { waitFor } from '../support/wait-for.js';

// A source of its own: the paging check counts every article of it.
const SOURCE = 'e2e-read';
const SEEDED = 130;
const UUID = '4e8d7a5b-2a1e-5c3f-9b7d-6a5e4d3c2b1a';

/** Every read route with the query parameters it takes. */
const ROUTES: { path: (v: string) => string; params: string[] }[] = [
  {
    path: () => '/v1/articles',
    params: ['source', 'lang', 'status', 'entity', 'entityType', 'q', 'from', 'to', 'story', 'limit', 'cursor'],
  },
  { path: () => '/v1/entities', params: ['prefix', 'type', 'limit', 'cursor'] },
  { path: () => `/v1/entities/${UUID}`, params: ['from', 'to'] },
  { path: () => `/v1/stories/${UUID}`, params: ['limit', 'cursor'] },
  { path: () => '/v1/changes', params: ['after', 'limit'] },
];
const PATH_ROUTES = ['/v1/articles/', '/v1/entities/', '/v1/stories/'];

/** Percent-encodes a value; a lone surrogate becomes the bytes of its invalid UTF-8 form (CESU), as a hostile client would send. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\u0001')).replaceAll('%01', '%ED%A0%80');
}

/** Row counts and a digest of every table the store writes: a read must change none of them. */
async function snapshot(db: pg.Client): Promise<Record<string, string>> {
  const { rows } = await db.query<{ name: string; digest: string }>(`
    SELECT 'articles' AS name, count(*) || ':' || coalesce(md5(string_agg(id || ':' || version || ':' || status || ':' || md5(title || text), ',' ORDER BY id)), '') AS digest FROM articles
    UNION ALL SELECT 'entities', count(*) || ':' || coalesce(md5(string_agg(key || ':' || article_count, ',' ORDER BY key)), '') FROM entities
    UNION ALL SELECT 'article_entities', count(*)::text FROM article_entities
    UNION ALL SELECT 'tables', string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'`);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

describe('read API abuse: hostile parameters are harmless (real PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  let db: pg.Client;
  let before: Record<string, string>;
  const get = (path: string) =>
    fetch(`${pipeline.store}${path}`, { headers: readAuth(), signal: AbortSignal.timeout(30_000) });

  /**
   * `null` when the answer is a 2xx JSON page or a 4xx problem with a code; otherwise what is wrong with it.
   * Refusals made before the application runs (bad percent-encoding, an over-long path parameter, an
   * oversized request line) are held to the same rule.
   */
  async function judge(path: string): Promise<string | null> {
    const response = await get(path);
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    if (response.status >= 500) return `${response.status} for ${path.slice(0, 200)}: ${body.slice(0, 200)}`;
    if (response.status >= 400) {
      const wrong = refusalProblem({ name: path, status: response.status, contentType: type, body });
      return wrong === null ? null : `${wrong} for ${path.slice(0, 200)}`;
    }
    const page = JSON.parse(body) as { items?: unknown[] };
    if (page.items !== undefined && page.items.length > 100)
      return `${page.items.length} items for ${path.slice(0, 200)}`;
    return null;
  }

  async function judgeAll(paths: string[]): Promise<string[]> {
    const wrong: string[] = [];
    for (let i = 0; i < paths.length; i += 8) {
      for (const verdict of await Promise.all(paths.slice(i, i + 8).map(judge))) if (verdict) wrong.push(verdict);
    }
    return wrong;
  }

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-read-abuse'), LOG_LEVEL: 'error' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const articles = Array.from({ length: SEEDED }, (_, i) => ({
      source: SOURCE,
      externalId: `read-abuse-${i}`,
      title: `Москва, Казань и Reuters ${i}`,
      body: `<p>Текст ${i} о Татарстане.</p>`,
      publishedAt: `2026-11-2${i % 5}T10:${String(i % 60).padStart(2, '0')}:00+03:00`,
      lang: 'ru',
    }));
    for (let i = 0; i < articles.length; i += 50) {
      const response = await fetch(`${pipeline.fetcher}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authFor(SOURCE) },
        body: JSON.stringify(articles.slice(i, i + 50)),
      });
      expect(response.status).toBe(202);
    }
    await waitFor(
      async () =>
        (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source = $1', [SOURCE])).rows[0]!
          .n >= SEEDED
          ? true
          : undefined,
      'the seeded articles',
      60_000,
    );
    before = await snapshot(db);
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await pipeline?.close();
  });

  it('answers hostile values in every query parameter of every route with 200 or a 4xx problem', async () => {
    const paths = ROUTES.flatMap((route) =>
      route.params.flatMap((param) => HOSTILE_VALUES.map((value) => `${route.path(value)}?${param}=${encode(value)}`)),
    );
    expect(await judgeAll(paths)).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  }, 180_000);

  it('answers hostile path segments, repeated, unknown and huge parameters with a 4xx problem', async () => {
    const paths = [
      ...PATH_ROUTES.flatMap((prefix) => HOSTILE_VALUES.map((value) => `${prefix}${encode(value)}`)),
      '/v1/articles?source=a&source=b',
      '/v1/articles?q[]=x',
      '/v1/articles?q[a]=x',
      '/v1/articles?__proto__=x',
      '/v1/articles?constructor=x',
      '/v1/articles?__proto__[limit]=1000',
      '/v1/articles?toString=x',
      `/v1/articles?q=${'x'.repeat(60_000)}`,
      `/v1/articles?${'a=1&'.repeat(2_000)}`,
      '/v1/articles?limit=5&limit=500',
      '/v1/articles?from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z',
      '/v1/articles?entity=Казань',
    ];
    expect(await judgeAll(paths)).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  }, 120_000);

  it('holds the page-size limit and refuses cursors it never returned', async () => {
    const routes = ['/v1/articles', '/v1/entities', `/v1/stories/${UUID}`];
    const paths = routes.flatMap((route) => [
      ...LIMITS.map((l) => `${route}?limit=${encode(l)}`),
      ...BAD_CURSORS.map((c) => `${route}?cursor=${encode(c)}`),
    ]);
    expect(await judgeAll(paths)).toEqual([]);
    for (const after of [...BAD_CURSORS, ...BAD_CHANGE_CURSORS]) {
      expect([after, (await get(`/v1/changes?after=${encode(after)}`)).status]).toEqual([after, 400]);
    }
    expect((await get('/v1/articles?limit=101')).status).toBe(400);
    const page = (await (await get(`/v1/articles?source=${SOURCE}&limit=100`)).json()) as {
      items: unknown[];
      nextCursor: string | null;
    };
    expect(page.items).toHaveLength(100);
    const rest = (await (await get(`/v1/articles?source=${SOURCE}&limit=100&cursor=${page.nextCursor!}`)).json()) as {
      items: unknown[];
      nextCursor: string | null;
    };
    expect(rest.items).toHaveLength(SEEDED - 100);
    expect(await snapshot(db)).toEqual(before);
  }, 120_000);
});
