import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ArticleQueryRepository } from '../../apps/store/src/articles/article-query.repository.js';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { ninjsValidator } from '../support/ninjs-schema.js';
import { readApi } from '../support/read-api.js';
import { startStore, type StoreUnderTest } from '../support/store-under-test.js';

const run = randomBytes(3).toString('hex');
const source = `sr${run}-wire`;
/** A word no other spec writes, so relevance is measured over this spec's articles only. */
const token = `zq${run}`;
const KAZAN = `Казань ${run}`;
const PETROV = `Иван Петров ${run}`;

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

/** Published oldest to newest; the token appears 3, 1, 2, 1 and 1 times: relevance orders them 0, 2, then by date. */
const ranked = [3, 1, 2, 1, 1].map((times, i) =>
  enrichedArticle({
    source,
    externalId: `rank-${i}`,
    lang: 'en',
    publishedAt: new Date(Date.UTC(2026, 10, 10 + i)).toISOString(),
    text: `Report ${i}: ${Array.from({ length: times }, () => token).join(' and ')} in the region.`,
  }),
);
const ruText = `В Казани Иван Петров рассказал о ${token}.`;
const withMetadata = enrichedArticle({
  source,
  externalId: 'ninjs',
  lang: 'ru',
  publishedAt: '2026-11-01T10:00:00.000Z',
  title: 'Заголовок',
  text: ruText,
  entities: [mentionsOf(ruText, 'LOC', KAZAN, 'Казани'), mentionsOf(ruText, 'PER', PETROV, 'Иван Петров')],
  metadata: {
    subjects: [{ code: 'medtop:20000344', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000344', name: 'tax' }],
    urgency: 2,
    byline: 'Анна Петрова',
    copyright: { holder: 'Wire' },
  },
});
const killed = enrichedArticle({ source, externalId: 'killed', pubStatus: 'canceled', text: `Gone ${token}.` });
const irregular = enrichedArticle({
  source,
  externalId: 'irregular',
  lang: 'en',
  publishedAt: '2026-11-02T10:00:00.000Z',
  text: 'The children went to the new school in Kazan.',
});

describe('store read API: ninjs output, relevance ranking and English word forms, on the real stack', () => {
  let app: INestApplication;
  let url: string;
  let store: StoreUnderTest;
  const validate = ninjsValidator();

  const get = (path: string, accept?: string) => readApi<Record<string, never>>(url, path, { accept });
  const list = async (query: string): Promise<Page> =>
    (await get(`/v1/articles?source=${source}&${query}`)).body as unknown as Page;
  const walk = async (query: string): Promise<string[]> => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return seen;
  };

  beforeAll(async () => {
    store = await startStore('e2e-store-search');
    ({ app, url } = store);
    await store.store([...ranked, withMetadata, killed, irregular]);
  }, 90_000);

  afterAll(async () => {
    await store?.close();
  }, 60_000);

  it('serves an article as ninjs 2.4 by Accept header, valid against the published schema', async () => {
    const { status, headers, body } = await get(`/v1/articles/${withMetadata.id}`, 'application/ninjs+json; version=2');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/ninjs\+json; version="?2\.4"?/);
    expect(headers.get('vary')).toMatch(/Accept/i);
    expect(validate(body)).toBeNull();
    expect(body).toMatchObject({
      uri: `urn:uuid:${withMetadata.id}`,
      representationtype: 'full',
      urgency: 2,
      by: 'Анна Петрова',
      copyrightholder: 'Wire',
      headlines: [{ role: 'main', value: 'Заголовок' }],
      bodies: [{ value: ruText }],
      people: [{ name: PETROV, uri: `urn:uuid:${entityKey('PER', PETROV)}` }],
      places: [{ name: KAZAN }],
      subjects: [{ uri: 'http://cv.iptc.org/newscodes/mediatopic/20000344', literal: 'medtop:20000344' }],
    });
  });

  it('serves the same article as JSON by default and as ninjs with format=ninjs', async () => {
    expect((await get(`/v1/articles/${withMetadata.id}`)).body).toHaveProperty('id', withMetadata.id);
    const ninjs = await get(`/v1/articles/${withMetadata.id}?format=ninjs`);
    expect(ninjs.body).toHaveProperty('uri', `urn:uuid:${withMetadata.id}`);
    expect((await get(`/v1/articles/${withMetadata.id}?format=xml`)).status).toBe(400);
  });

  it('writes a killed article as a canceled ninjs item without its words', async () => {
    const { body } = await get(`/v1/articles/${killed.id}?format=ninjs`);
    expect(validate(body)).toBeNull();
    expect(body).toMatchObject({ pubstatus: 'canceled' });
    expect(body).not.toHaveProperty('bodies');
  });

  it('writes list items as partial ninjs items, each valid', async () => {
    const page = (await get(`/v1/articles?source=${source}&limit=100`, 'application/ninjs+json')).body as unknown as {
      items: object[];
    };
    expect(page.items).toHaveLength(8);
    for (const item of page.items) expect(validate(item)).toBeNull();
    expect(
      page.items.filter((i) => (i as { representationtype?: string }).representationtype === 'partial'),
    ).toHaveLength(8);
  });

  it('orders a search by relevance by default, and newest first with sort=published, paging both', async () => {
    const byRank = [ranked[0]!, ranked[2]!, ranked[4]!, ranked[3]!, ranked[1]!].map((a) => a.id);
    expect(ids(await list(`q=${token}&lang=en&limit=10`))).toEqual(byRank);
    expect(await walk(`q=${token}&lang=en&limit=2`)).toEqual(byRank);
    const newest = [...ranked].reverse().map((a) => a.id);
    expect(await walk(`q=${token}&lang=en&sort=published&limit=2`)).toEqual(newest);
    expect((await get(`/v1/articles?sort=relevance`)).status).toBe(400);
  });

  it('ranks only the newest matches of a large result, then lists the older ones newest first, each once', async () => {
    const articles = app.get(ArticleQueryRepository);
    const seen: string[] = [];
    const filter = { source, q: token, lang: 'en', sort: 'relevance' as const, rankWindow: 3, limit: 2 };
    let next: string[] | null = null;
    do {
      const cursor = next as string[] | null;
      const position =
        cursor === null
          ? {}
          : cursor.length === 2
            ? { after: cursor as [string, string] }
            : {
                rankAfter: {
                  rank: cursor[0]!,
                  at: cursor[1]!,
                  id: cursor[2]!,
                  floor: [cursor[3]!, cursor[4]!] as [string, string],
                },
              };
      const page = await articles.list({ ...filter, ...position });
      seen.push(...page.rows.map((r) => r.id));
      next = page.next;
    } while (next !== null);
    // The three newest (2, 3, 4) by rank: 2 (twice), then 4 and 3 by date; then 1 and 0, newest first.
    expect(seen).toEqual([ranked[2]!, ranked[4]!, ranked[3]!, ranked[1]!, ranked[0]!].map((a) => a.id));
  });

  it('finds irregular English forms of a word: child finds children, go finds went', async () => {
    expect(ids(await list('q=child'))).toEqual([irregular.id]);
    expect(ids(await list('q=go%20school'))).toEqual([irregular.id]);
    // Search syntax is searched as typed: the quoted word has only its own stem.
    expect(ids(await list('q=%22child%22'))).toEqual([]);
  });

  function ids(page: Page): string[] {
    return page.items.map((a) => a.id);
  }
});
