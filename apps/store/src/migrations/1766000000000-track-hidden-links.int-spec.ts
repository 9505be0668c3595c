import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectStoreWriter } from '../../../../test/support/store-database.js';
import type { ArticleWriteRepository } from '../write/article-write.repository.js';
import { consumed, enrichedArticle, mentionsOf } from '../write/enriched-article.fixture.js';
import { entityKey } from '../write/entity-key.js';

const run = randomBytes(4).toString('hex');
const kazan = `Казань ${run}`;
const tatarstan = `Татарстан ${run}`;

/** Version `version` of one article naming `names`, processed a minute after the one before. */
function version(
  externalId: string,
  version: number,
  names: string[],
  extra: { pubStatus?: 'canceled'; embargoedUntil?: string } = {},
) {
  const text = names.join(' и ');
  return enrichedArticle({
    source: `hidden-${run}`,
    externalId,
    text,
    lang: 'ru',
    version,
    processedAt: `2026-11-25T10:0${version}:00.000Z`,
    entities: names.map((n) => mentionsOf(text, 'LOC', n)),
    ...extra,
  });
}

describe('hidden_links follows the write path (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let repository: ArticleWriteRepository;
  const write = (a: ReturnType<typeof version>) => repository.upsertMany([consumed(a)]);
  const hidden = async (id: string) =>
    (
      await dataSource.query(
        `SELECT e.name, h.killed, h.embargoed_until IS NOT NULL AS embargoed FROM hidden_links h
         JOIN entities e ON e.key = h.entity_key WHERE h.article_id = $1 ORDER BY e.name`,
        [id],
      )
    ).map(
      (r: { name: string; killed: boolean; embargoed: boolean }) =>
        `${r.name}:${r.killed ? 'killed' : ''}${r.embargoed ? 'embargoed' : ''}`,
    );

  beforeAll(async () => {
    ({ dataSource, repository } = await connectStoreWriter(2));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('holds the links of an article under embargo, follows its re-processing, and lets go when a version lifts it', async () => {
    const until = '2099-01-01T00:00:00.000Z';
    const first = version('e-1', 1, [kazan], { embargoedUntil: until });
    await write(first);
    expect(await hidden(first.id)).toEqual([`${kazan}:embargoed`]);
    await write(version('e-1', 2, [kazan, tatarstan], { embargoedUntil: until }));
    expect(await hidden(first.id)).toEqual([`${kazan}:embargoed`, `${tatarstan}:embargoed`]);
    await write(version('e-1', 3, [tatarstan]));
    expect(await hidden(first.id)).toEqual([]);
  });

  it('holds the links of a killed article, and none of a live one', async () => {
    const live = version('k-1', 1, [kazan, tatarstan]);
    await write(live);
    expect(await hidden(live.id)).toEqual([]);
    await write(version('k-1', 2, [kazan, tatarstan], { pubStatus: 'canceled' }));
    expect(await hidden(live.id)).toEqual([`${kazan}:killed`, `${tatarstan}:killed`]);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM hidden_links WHERE entity_key = $1 AND killed`,
      [entityKey('LOC', kazan)],
    );
    expect(n).toBe(1);
  });
});
