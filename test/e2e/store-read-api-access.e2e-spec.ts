import type { EnrichedArticle } from '@app/contracts';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { authFor, testEnv } from '../support/pipeline.js';
import { readApi, waitForStoredArticle } from '../support/read-api.js';
import { startStore, type StoreUnderTest } from '../support/store-under-test.js';

const CLI = join(import.meta.dirname, '../../dist/apps/fetcher/src/api-key.cli.js');
const ADMIN_KEY = 'admin-key-for-the-e2e-tests';
const run = randomBytes(3).toString('hex');
const mine = `ac${run}-mine`;
const theirs = `ac${run}-theirs`;
const SECRET_PLACE = `Секретово ${run}`;

/** Runs the built key CLI (`npm run -s apikey`) against the test database. */
function apikey(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: testEnv(), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const text = (place: string) => `Новости из места ${place} пришли утром.`;
const visible = enrichedArticle({ source: mine, externalId: 'visible', lang: 'ru', text: text('Казань') });
const other = enrichedArticle({ source: theirs, externalId: 'other' });

function embargoed(until: Date): EnrichedArticle {
  return enrichedArticle({
    source: mine,
    externalId: 'embargoed',
    lang: 'ru',
    title: 'Секретный доклад',
    text: text(SECRET_PLACE),
    publishedAt: '2026-11-25T11:00:00.000Z',
    embargoedUntil: until.toISOString(),
    entities: [mentionsOf(text(SECRET_PLACE), 'LOC', SECRET_PLACE)],
  });
}

describe('store read API access: keys, scopes, source limits and embargoes (real broker and PostgreSQL)', () => {
  let store: StoreUnderTest;
  let url: string;
  let db: pg.Client;

  const get = (path: string, headers?: Record<string, string>) =>
    readApi<{ code?: string; items: { id: string }[]; nextCursor: string | null }>(url, path, { headers });
  const stored = async (id: string) =>
    (await db.query('SELECT stored_at, embargoed_until > now() AS embargoed FROM articles WHERE id = $1', [id]))
      .rows[0] as { stored_at: Date; embargoed: boolean } | undefined;

  beforeAll(async () => {
    store = await startStore('e2e-store-access', { KAFKA_TOPIC_PARTITIONS: '1', ADMIN_API_KEYS: `ops=${ADMIN_KEY}` });
    ({ url, db } = store);
    await store.store([visible, other]);
  }, 90_000);

  afterAll(async () => {
    await store?.close();
  }, 60_000);

  it.each(['/v1/articles', `/v1/articles/${visible.id}`, '/v1/entities', `/v1/stories/${visible.id}`])(
    'refuses %s without a valid read key with a 401 problem',
    async (path) => {
      const refusals: Record<string, string>[] = [
        {},
        { authorization: 'Basic abc' },
        { authorization: 'Bearer not-a-key' },
        authFor('e2e-tass'),
      ];
      for (const headers of refusals) {
        const { status, type, body } = await get(path, headers);
        expect([status, type, body.code]).toEqual([
          401,
          expect.stringContaining('application/problem+json'),
          'UNAUTHENTICATED',
        ]);
      }
      expect((await get(path)).status).toBe(200);
      expect((await get(path, { authorization: `Bearer ${ADMIN_KEY}` })).status).toBe(200);
    },
  );

  it('keeps health, metrics and the API description open, and the description states the key scheme', async () => {
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    expect((await fetch(`${url}/metrics`)).status).toBe(200);
    const document = (await (await fetch(`${url}/v1/openapi.json`)).json()) as {
      security: unknown;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.security).toEqual([{ readKey: [] }]);
    expect(document.components.securitySchemes.readKey).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('creates a key limited to one source with the CLI, honours the limit, and revokes it', async () => {
    const created = apikey('create-read', `reader-${run}`, '--sources', mine);
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    const auth = { authorization: `Bearer ${key}` };
    expect(ids((await get(`/v1/articles?source=${mine}`, auth)).body)).toEqual([visible.id]);
    expect(ids((await get(`/v1/articles?limit=100`, auth)).body)).not.toContain(other.id);
    const forbidden = await get(`/v1/articles?source=${theirs}`, auth);
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'FORBIDDEN_SOURCE']);
    expect((await get(`/v1/articles/${other.id}`, auth)).status).toBe(404);
    expect((await get(`/v1/stories/${other.id}`, auth)).status).toBe(404);
    expect((await get(`/v1/articles/${other.id}`)).status).toBe(200);

    expect(apikey('list').stdout).toContain(`reader-${run}  read  sources ${mine}`);
    expect(apikey('revoke', key.slice(0, 10)).status).toBe(0);
    expect((await get(`/v1/articles?source=${mine}`, auth)).status).toBe(401);
  }, 60_000);

  it('hides an embargoed article from every route until its time, then shows it without a write', async () => {
    const article = embargoed(new Date(Date.now() + 15_000));
    await store.store([article]);
    const before = (await stored(article.id))!;
    expect(before.embargoed).toBe(true);
    const place = entityKey('LOC', SECRET_PLACE);
    const hidden = async () => ({
      list: ids((await get(`/v1/articles?source=${mine}`)).body),
      one: (await get(`/v1/articles/${article.id}`)).status,
      search: ids((await get(`/v1/articles?q=${encodeURIComponent('Секретово')}&source=${mine}`)).body),
      byEntity: ids((await get(`/v1/articles?entity=${place}`)).body),
      story: (await get(`/v1/stories/${article.id}`)).status,
      entity: (await get(`/v1/entities/${place}`)).status,
      entities: (await get(`/v1/entities?prefix=${encodeURIComponent(SECRET_PLACE)}`)).body.items.length,
    });
    expect(await hidden()).toEqual({
      list: [visible.id],
      one: 404,
      search: [],
      byEntity: [],
      story: 404,
      entity: 404,
      entities: 0,
    });
    expect((await stored(article.id))?.embargoed).toBe(true);

    await waitForStoredArticle(url, article.id);
    expect(await hidden()).toEqual({
      list: [article.id, visible.id],
      one: 200,
      search: [article.id],
      byEntity: [article.id],
      story: 200,
      entity: 200,
      entities: 1,
    });
    expect((await stored(article.id))?.stored_at).toEqual(before.stored_at);
  }, 90_000);
});

function ids(body: { items: { id: string }[] }): string[] {
  return body.items.map((a) => a.id);
}
