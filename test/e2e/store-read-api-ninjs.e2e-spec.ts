import { randomBytes } from 'node:crypto';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { ninjsValidator } from '../support/ninjs-schema.js';
import { readApi } from '../support/read-api.js';
import { startStore, type StoreUnderTest } from '../support/store-under-test.js';

const run = randomBytes(3).toString('hex');
const source = `nj${run}-wire`;
const PERSON = `Анна Сергеевна ${run}`;
const COMPANY = `Татнефть ${run}`;
const CITY = `Казань ${run}`;
const text = `В Казани Анна Сергеевна рассказала о планах Татнефть.`;

/** An article with every kind of wire metadata the store keeps, entities of each type, and a past embargo. */
const full = enrichedArticle({
  source,
  externalId: 'full',
  lang: 'ru',
  publishedAt: '2026-11-20T09:00:00.000Z',
  embargoedUntil: '2026-11-20T08:00:00.000Z',
  title: 'Планы Татнефти',
  text,
  entities: [
    mentionsOf(text, 'PER', PERSON, 'Анна Сергеевна'),
    mentionsOf(text, 'ORG', COMPANY, 'Татнефть'),
    mentionsOf(text, 'LOC', CITY, 'Казани'),
  ],
  metadata: {
    subjects: [{ code: 'medtop:04000000', uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000', name: 'economy' }],
    keywords: ['нефть'],
    genres: [{ code: 'genre:Current', uri: 'http://cv.iptc.org/newscodes/genre/Current', name: 'Current' }],
    urgency: 3,
    priority: 4,
    people: [{ name: 'Ирина Волкова', role: 'author' }],
    summary: 'Коротко о планах.',
    headlines: [{ role: 'subheadline', value: 'Подзаголовок' }],
    dateline: 'КАЗАНЬ, 20 ноября',
    located: { name: 'Казань' },
    copyright: { holder: 'Wire', notice: '© Wire 2026' },
    usageTerms: 'Subscribers only',
    media: [
      { href: 'https://wire.example/p/1.jpg', kind: 'picture', type: 'image/jpeg', width: 1200, height: 800, size: 3 },
      { href: 'https://wire.example/v/1.mp4', kind: 'video', type: 'video/mp4', duration: 12.5, caption: 'Видео' },
    ],
  },
});
const sibling = enrichedArticle({
  source,
  externalId: 'sibling',
  storyId: full.id,
  publishedAt: '2026-11-20T10:00:00.000Z',
});
const killed = enrichedArticle({
  source,
  externalId: 'killed',
  storyId: full.id,
  pubStatus: 'canceled',
  publishedAt: '2026-11-20T11:00:00.000Z',
  text: 'Withdrawn words.',
});
const NINJS3 = 'application/ninjs+json; version=3';

describe('store read API: ninjs 2.4 and 3.3 for articles, lists and stories, checked against IPTC schemas', () => {
  let url: string;
  let store: StoreUnderTest;
  const valid = { 2: ninjsValidator(2), 3: ninjsValidator(3) };

  const get = (path: string, accept?: string) => readApi<Item>(url, path, { accept });

  beforeAll(async () => {
    store = await startStore('e2e-store-ninjs');
    ({ url } = store);
    await store.store([full, sibling, killed]);
  }, 90_000);

  afterAll(async () => {
    await store?.close();
  }, 60_000);

  it('serves an article with full wire metadata as valid ninjs 2.4 and 3.3, entities by canonical name', async () => {
    const two = await get(`/v1/articles/${full.id}`, 'application/ninjs+json; version=2');
    const three = await get(`/v1/articles/${full.id}`, NINJS3);
    expect([two.status, three.status]).toEqual([200, 200]);
    expect(two.headers.get('content-type')).toMatch(/^application\/ninjs\+json; version="?2\.4"?/);
    expect(three.headers.get('content-type')).toMatch(/^application\/ninjs\+json; version="?3\.3"?/);
    expect(valid[2](two.body)).toBeNull();
    expect(valid[3](three.body)).toBeNull();
    expect(valid[2](three.body)).not.toBeNull();
    const entities = {
      people: [{ name: PERSON, uri: `urn:uuid:${entityKey('PER', PERSON)}`, rel: 'mentioned' }],
      organisations: [{ name: COMPANY, uri: `urn:uuid:${entityKey('ORG', COMPANY)}`, rel: 'mentioned' }],
      places: [{ name: CITY, uri: `urn:uuid:${entityKey('LOC', CITY)}`, rel: 'mentioned' }],
    };
    expect(two.body).toMatchObject({ ...entities, embargoed: full.embargoedUntil, copyrightholder: 'Wire' });
    expect(three.body).toMatchObject({
      ...entities,
      uri: `urn:uuid:${full.id}`,
      representationType: 'full',
      versionCreated: full.publishedAt,
      embargoedUntil: full.embargoedUntil,
      pubStatus: 'usable',
      urgency: 3,
      by: 'Ирина Волкова',
      located: 'Казань',
      copyrightHolder: 'Wire',
      copyrightNotice: '© Wire 2026',
      usageTerms: 'Subscribers only',
      descriptions: [{ role: 'summary', value: 'Коротко о планах.' }],
      bodies: [{ contentType: 'text/plain', value: text, charCount: text.length }],
      subjects: [{ name: 'economy', literal: 'medtop:04000000' }],
      genres: [{ name: 'Current', literal: 'genre:Current' }],
      associations: [
        { type: 'picture', renditions: [{ contentType: 'image/jpeg', width: 1200, sizeInBytes: 3 }] },
        { type: 'video', headlines: [{ value: 'Видео' }], renditions: [{ duration: 12.5 }] },
      ],
      altIds: expect.arrayContaining([{ role: 'storyId', value: full.id }]) as unknown,
      standard: { version: '3.3' },
    });
    expect((await get(`/v1/articles/${full.id}?format=ninjs3`)).body).toEqual(three.body);
  });

  it('writes a killed article in both versions with its identity only', async () => {
    for (const [major, format] of [
      [2, 'ninjs'],
      [3, 'ninjs3'],
    ] as const) {
      const { body } = await get(`/v1/articles/${killed.id}?format=${format}`);
      expect(valid[major](body)).toBeNull();
      expect(body[major === 2 ? 'pubstatus' : 'pubStatus']).toBe('canceled');
      for (const withheld of ['headlines', 'bodies', 'people', 'descriptions'])
        expect(body).not.toHaveProperty(withheld);
    }
  });

  it('serves a story as a ninjs composite of its articles, in pages linked by a Link header', async () => {
    for (const [major, accept] of [
      [2, 'application/ninjs+json'],
      [3, NINJS3],
    ] as const) {
      const whole = await get(`/v1/stories/${full.id}`, accept);
      expect(whole.status).toBe(200);
      expect(valid[major](whole.body)).toBeNull();
      expect(whole.body).toMatchObject({ uri: `urn:uuid:${full.id}`, type: 'composite' });
      expect(uris(whole.body)).toEqual([killed, sibling, full].map((a) => `urn:uuid:${a.id}`));
      expect(whole.headers.get('link')).toBeNull();
    }
    const first = await get(`/v1/stories/${full.id}?limit=2&format=ninjs3`);
    expect(first.body).toMatchObject({ representationType: 'partial' });
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    const second = await get(next!);
    expect(valid[3](second.body)).toBeNull();
    expect([...uris(first.body), ...uris(second.body)]).toEqual([killed, sibling, full].map((a) => `urn:uuid:${a.id}`));
  });

  it('writes list, search and entity-filter pages as ninjs 3.3 items, each valid', async () => {
    for (const query of [`source=${source}`, `source=${source}&q=Татнефть`, `entity=${entityKey('ORG', COMPANY)}`]) {
      const page = (await get(`/v1/articles?${query}`, NINJS3)).body as unknown as { items: Item[] };
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) expect(valid[3](item)).toBeNull();
    }
  });

  it('refuses a ninjs version it does not serve: 406 by Accept, 400 by format', async () => {
    for (const path of [`/v1/articles/${full.id}`, `/v1/articles?source=${source}`, `/v1/stories/${full.id}`]) {
      const refused = await get(path, 'application/ninjs+json; version=1');
      expect(refused.status).toBe(406);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'NOT_ACCEPTABLE' });
    }
    expect((await get(`/v1/stories/${full.id}?format=ninjs4`)).body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

type Item = Record<string, unknown>;

function uris(story: Item): string[] {
  return (story.associations as { uri: string }[]).map((a) => a.uri);
}
