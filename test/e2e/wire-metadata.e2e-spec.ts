import pg from 'pg';
import { articleId } from '@app/contracts';
import { connectDataSource } from '@app/database';
import { createKafka, KafkaPublisher } from '@app/messaging';
import { readFileSync } from 'node:fs';
import { reparseOriginals } from '../../apps/fetcher/src/original-replay.js';
import { createDataSource } from '../../apps/store/src/data-source.js';
import { authFor, freshNamespace, readAuth, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

// A source of its own: other specs count the articles of the shared ones.
const SOURCE = 'e2e-meta';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/wire/${name}`, import.meta.url));

type Stored = {
  id: string;
  status: string;
  version: number;
  title: string;
  processedAt: string;
  metadata: Record<string, unknown>;
};

/** Each format's fixture carrying every metadata field it has, and what the store must return for it. */
const FORMATS = [
  {
    name: 'ninjs3-en.json',
    type: 'application/ninjs+json',
    externalId: 'urn:example:wire:ninjs3-en-1',
    metadata: {
      subjects: expect.arrayContaining([expect.objectContaining({ code: 'medtop:11000000', name: 'politics' })]),
      genres: [expect.objectContaining({ code: 'genre:Current' })],
      urgency: 2,
      byline: 'By Anna Petrova and John Smith',
      people: [expect.objectContaining({ name: 'Anna Petrova', role: 'author' }), expect.anything()],
      summary: 'Lawmakers approved the bill by 212 votes to 180.',
      headlines: [{ role: 'subheadline', value: 'Opposition walks out before the final vote' }],
      located: { name: 'Oslo' },
      copyright: { holder: 'Example Wire', notice: expect.stringContaining('2026') },
      usageTerms: 'No archiving; no resale.',
      media: [expect.objectContaining({ kind: 'picture', width: 3000, credit: 'Photo: Kari Nordmann' })],
    },
  },
  {
    name: 'newsml-g2-en-metadata.xml',
    type: 'application/vnd.iptc.g2.newsitem+xml',
    externalId: 'urn:example:wire:g2-meta-1',
    metadata: {
      subjects: [
        expect.objectContaining({ code: 'medtop:11000000' }),
        expect.objectContaining({ code: 'subj:11003000' }),
      ],
      keywords: ['election', 'coalition'],
      genres: [expect.objectContaining({ code: 'genre:Exclusive' })],
      urgency: 1,
      byline: 'By Anna Petrova',
      people: [expect.objectContaining({ name: 'Anna Petrova' }), expect.objectContaining({ role: 'photographer' })],
      summary: expect.any(String),
      headlines: [{ role: 'short', value: 'Minister resigns' }],
      dateline: 'OSLO, Nov 25',
      located: { code: 'geo:3143244', name: 'Oslo' },
      copyright: { holder: 'Example Wire', notice: expect.any(String) },
      usageTerms: 'Not for use in advertising.',
      media: [expect.objectContaining({ kind: 'audio' }), expect.objectContaining({ kind: 'picture' })],
    },
  },
  {
    name: 'nitf-en-metadata.xml',
    type: 'application/xml',
    externalId: 'pa-20261125-nitf-meta-1',
    metadata: {
      subjects: [
        expect.objectContaining({ code: 'subj:06000000' }),
        expect.objectContaining({ code: 'subj:17004000' }),
      ],
      keywords: ['Thames', 'flooding'],
      genres: [{ name: 'Current' }],
      urgency: 3,
      byline: expect.stringContaining('Sam Carter'),
      people: [expect.objectContaining({ name: 'Sam Carter' }), expect.objectContaining({ role: 'distributor' })],
      summary: expect.any(String),
      headlines: [expect.objectContaining({ role: 'subheadline' })],
      dateline: 'London, Nov 25',
      located: { name: 'London' },
      copyright: { holder: 'PA Media', notice: '© 2026 PA Media' },
      usageTerms: 'UK and Ireland only',
      media: [expect.objectContaining({ kind: 'picture', credit: 'PA Wire / Jo Green' })],
    },
  },
  {
    name: 'rss-en-metadata.xml',
    type: 'application/rss+xml',
    externalId: 'https://wire.example.com/business/rss-meta-1',
    metadata: {
      subjects: expect.arrayContaining([expect.objectContaining({ code: 'medtop:04000000' })]),
      keywords: ['cranes', 'electrification'],
      byline: 'Lena Berg',
      people: expect.arrayContaining([expect.objectContaining({ name: 'Omar Haddad', role: 'contributor' })]),
      summary: 'The order is worth 90 million euros.',
      copyright: { notice: '(c) 2026 Example Wire' },
      usageTerms: 'Editorial use only',
      media: [
        expect.objectContaining({ kind: 'audio', size: 1048576 }),
        expect.objectContaining({ kind: 'picture', width: 1600 }),
        expect.objectContaining({ rel: 'thumbnail' }),
      ],
    },
  },
  {
    name: 'atom-en-metadata.xml',
    type: 'application/atom+xml',
    externalId: 'urn:example:wire:atom-meta-1',
    metadata: {
      subjects: [expect.objectContaining({ code: 'medtop:13000000' }), expect.objectContaining({ code: 'astronomy' })],
      byline: 'Ingrid Dahl',
      people: [expect.objectContaining({ name: 'Ingrid Dahl' }), expect.objectContaining({ role: 'contributor' })],
      summary: expect.stringContaining('K2-18b'),
      copyright: { notice: '(c) 2026 Example Wire' },
      media: [expect.objectContaining({ kind: 'video' }), expect.objectContaining({ rel: 'thumbnail' })],
    },
  },
];

describe('agency metadata through the pipeline (real Kafka and PostgreSQL)', () => {
  let pipeline: RunningPipeline;

  const post = (body: Buffer, contentType: string) =>
    fetch(`${pipeline.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...authFor(SOURCE) },
      body,
    });
  const stored = (id: string, until?: (article: Stored) => boolean) =>
    waitForStoredArticle<Stored>(pipeline.store, id, { until });
  const listed = async (query: string): Promise<string[]> => {
    const response = await fetch(`${pipeline.store}/v1/articles?source=${SOURCE}&limit=100&${query}`, {
      headers: readAuth(),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: { id: string }[] }).items.map((a) => a.id);
  };

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-metadata') });
    for (const format of FORMATS) expect((await post(fixture(format.name), format.type)).status).toBe(202);
  }, 90_000);

  afterAll(async () => {
    await pipeline?.close();
  });

  it.each(FORMATS)(
    '$name: every metadata field comes out of the store in place',
    async (format) => {
      const id = articleId(SOURCE, format.externalId);
      const article = await stored(id);
      expect(article.metadata).toEqual(format.metadata);
    },
    60_000,
  );

  it('filters by subject (code or URI), urgency, genre and byline', async () => {
    const ids = Object.fromEntries(FORMATS.map((f) => [f.name, articleId(SOURCE, f.externalId)]));
    await waitFor(async () => ((await listed('')).length >= FORMATS.length ? true : undefined), 'every article');
    const [ninjs, g2, nitf, rss, atom] = FORMATS.map((f) => ids[f.name]!);
    expect((await listed('subject=medtop:11000000')).sort()).toEqual([ninjs, g2].sort());
    expect(await listed(`subject=${encodeURIComponent('http://cv.iptc.org/newscodes/subjectcode/11003000')}`)).toEqual([
      g2,
    ]);
    expect((await listed('urgency=2')).sort()).toEqual([ninjs, g2].sort());
    expect(await listed('urgency=3')).toHaveLength(3);
    expect((await listed('genre=Current')).sort()).toEqual([ninjs, nitf].sort());
    expect(await listed('genre=genre:Exclusive')).toEqual([g2]);
    expect(await listed(`byline=${encodeURIComponent('Ingrid Dahl')}`)).toEqual([atom]);
    expect(await listed('byline=petrova')).toEqual(expect.arrayContaining([ninjs, g2]));
    expect(await listed(`byline=${encodeURIComponent('Omar Haddad')}`)).toEqual([rss]);
    expect((await fetch(`${pipeline.store}/v1/articles?urgency=10`, { headers: readAuth() })).status).toBe(400);
  }, 60_000);

  it('a ninjs 3 kill retracts the stored article: the API withholds it, the row keeps its metadata', async () => {
    const id = articleId(SOURCE, 'urn:example:wire:ninjs3-en-1');
    await stored(id);
    const response = await post(fixture('ninjs3-en-kill.json'), 'application/ninjs+json');
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ format: 'ninjs-3', results: [{ status: 'new-version' }] });
    const killed = await stored(id, (article) => article.status === 'killed');
    // The read API serves a killed article's identity only (docs/read-api.md); the row keeps what it ran with.
    expect(killed).toMatchObject({ version: 2, status: 'killed' });
    expect(killed).not.toHaveProperty('title');
    expect(killed).not.toHaveProperty('metadata');
    const db = new pg.Client({ connectionString: pipeline.config.database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ title: string; metadata: Record<string, unknown> }>(
        'SELECT title, metadata FROM articles WHERE id = $1',
        [id],
      );
      expect(rows[0]!.title).toContain('Parliament passes');
      expect(rows[0]!.metadata).toMatchObject({ urgency: 2, located: { name: 'Oslo' } });
    } finally {
      await db.end();
    }
  }, 60_000);

  it('replay --reparse re-creates the same articles from the kept originals, with no duplicate rows', async () => {
    const dataSource = await connectDataSource(() => createDataSource({ ...pipeline.config.database, poolSize: 1 }), {
      migrationsRun: false,
      log: { log: () => undefined, warn: () => undefined },
    });
    const publisher = new KafkaPublisher(
      createKafka(pipeline.config.kafka, 'e2e-reparse', { warn: () => undefined, error: () => undefined }),
      pipeline.config.kafka,
    );
    try {
      const ids = FORMATS.map((f) => articleId(SOURCE, f.externalId));
      const before = new Map<string, Stored>();
      for (const id of ids) before.set(id, await stored(id));
      const kept = (await dataSource.query('SELECT count(*)::int AS n FROM intake_originals WHERE source = $1', [
        SOURCE,
      ])) as { n: number }[];
      expect(kept[0]!.n).toBe(FORMATS.length + 1);

      const processedAt = async (id: string) =>
        (
          (await dataSource.query('SELECT processed_at FROM articles WHERE id = $1', [id])) as { processed_at: Date }[]
        )[0]!.processed_at;
      const processedBefore = new Map<string, Date>();
      for (const id of ids) processedBefore.set(id, await processedAt(id));
      const now = Date.now();
      const range = { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 60_000).toISOString() };
      const report = await reparseOriginals(dataSource, publisher, { source: SOURCE, ...range, batchSize: 2 });
      expect(report).toEqual({ originals: FORMATS.length + 1, published: FORMATS.length + 1, skipped: [] });

      for (const id of ids) {
        // Read from the row: the API withholds a killed article's processing time with the rest of it.
        await waitFor(
          async () => ((await processedAt(id)) > processedBefore.get(id)! ? true : undefined),
          `article ${id} re-processed`,
        );
        const again = await stored(id);
        // The same article, payload and lineage to the payload; only the processing and its offsets are new.
        const same = (a: Stored & { lineage?: { format: string; payloadHash: string } }) => ({
          ...a,
          processedAt: undefined,
          storedAt: undefined,
          lineage: { format: a.lineage?.format, payloadHash: a.lineage?.payloadHash },
        });
        expect(same(again)).toEqual(same(before.get(id)!));
      }
      const rows = (await dataSource.query('SELECT count(*)::int AS n FROM articles WHERE source = $1', [SOURCE])) as {
        n: number;
      }[];
      expect(rows[0]!.n).toBe(FORMATS.length);
    } finally {
      await publisher.disconnect();
      await dataSource.destroy();
    }
  }, 90_000);
});
