import { TOPICS } from '@app/contracts';
import { createKafka, KafkaPublisher } from '@app/messaging';
import { randomBytes } from 'node:crypto';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { authFor, freshNamespace, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { readApi, waitForStoredArticle } from '../support/read-api.js';

const run = randomBytes(3).toString('hex');

/** The same meeting, as a Russian and an English agency report it. */
const stories = [
  {
    externalId: `identity-ru-${run}`,
    lang: 'ru',
    title: 'Токаев и Путин встретились в Москве',
    body: 'Президент Казахстана Касым-Жомарт Токаев встретился в Москве с президентом России Владимиром Путиным. Токаев и Путин обсудили поставки грузовиков КАМАЗ.',
  },
  {
    externalId: `identity-en-${run}`,
    lang: 'en',
    title: 'Tokayev and Putin meet in Moscow',
    body: 'Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow. Tokayev and Putin discussed deliveries of KAMAZ trucks.',
  },
];

interface StoredEntity {
  key: string;
  type: string;
  name: string;
}
interface EntityPage {
  items: (StoredEntity & { articleCount: number })[];
}

describe('one identity across scripts, through the running pipeline (real Kafka, real PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-identity') });
  }, 90_000);

  afterAll(async () => {
    await pipeline?.close();
  });

  it('lands a Russian and an English article about the same people on the same entity keys', async () => {
    const ids: string[] = [];
    for (const story of stories) {
      const response = await fetch(`${pipeline.fetcher}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authFor('e2e-tass') },
        body: JSON.stringify({ source: 'e2e-tass', publishedAt: '2026-11-25T10:00:00Z', ...story }),
      });
      expect(response.status).toBe(202);
      ids.push(((await response.json()) as { id: string }).id);
    }
    const [ru, en] = await Promise.all(
      ids.map(async (id) => (await waitForStoredArticle<{ entities: StoredEntity[] }>(pipeline.store, id)).entities),
    );
    const keyOf = (entities: StoredEntity[], type: string, word: RegExp) =>
      entities.find((e) => e.type === type && word.test(e.name))?.key;
    // An article shows each entity under the name it was first stored with, in whichever script that was.
    for (const [type, word, name] of [
      ['PER', /Токаев|Tokayev/, 'Kassym-Jomart Tokayev'],
      ['PER', /Путин|Putin/, 'Vladimir Putin'],
      ['LOC', /Москва|Moscow/, 'Moscow'],
    ] as const) {
      // The names beside the key, so a failure shows what the extractor gave.
      expect([keyOf(ru!, type, word), ru!.map((e) => e.name)]).toEqual([entityKey(type, name), expect.anything()]);
      expect([keyOf(en!, type, word), en!.map((e) => e.name)]).toEqual([entityKey(type, name), expect.anything()]);
    }

    const tokayev = entityKey('PER', 'Kassym-Jomart Tokayev');
    const detail = await readApi<{ names: Record<string, string[]> }>(pipeline.store, `/v1/entities/${tokayev}`);
    expect(detail.body.names.ru).toContain('Касым-Жомарт Токаев');
    expect(detail.body.names.en).toContain('Kassym-Jomart Tokayev');
    const found = await readApi<{ items: { id: string }[] }>(
      pipeline.store,
      `/v1/articles?entity=${tokayev}&limit=100&source=e2e-tass`,
    );
    expect(found.body.items.map((a) => a.id)).toEqual(expect.arrayContaining(ids));
  }, 90_000);

  describe('entity search', () => {
    const minnikhanov = `Рустам Минниханов ${run}`;
    const foundation = `Фонд Минниханова ${run}`;
    const tatarstan = `Татарстан ${run}`;
    const cook = `Tim Cook ${run}`;
    const text = 'Рустам Минниханов в Татарстане; Tim Cook.';

    beforeAll(async () => {
      const article = (n: number, names: [string, 'PER' | 'ORG' | 'LOC'][], lang = 'ru') =>
        enrichedArticle({
          source: 'e2e-entities',
          externalId: `search-${run}-${n}`,
          lang,
          text,
          entities: names.map(([name, type]) => mentionsOf(text, type, name, name.split(' ')[0])),
        });
      const articles = [
        article(1, [
          [minnikhanov, 'PER'],
          [tatarstan, 'LOC'],
        ]),
        article(2, [
          [minnikhanov, 'PER'],
          [foundation, 'ORG'],
        ]),
        article(3, [[cook, 'PER']], 'en'),
      ];
      const publisher = new KafkaPublisher(
        createKafka(pipeline.config.kafka, 'e2e-identity', { warn: () => undefined, error: () => undefined }),
        pipeline.config.kafka,
      );
      await publisher.publish(
        TOPICS.enrichedArticles,
        articles.map((a) => ({ key: a.id, value: JSON.stringify(a) })),
      );
      await publisher.disconnect();
      await waitForStoredArticle(pipeline.store, articles[2]!.id);
    }, 60_000);

    const search = async (prefix: string, type?: string) =>
      (
        await readApi<EntityPage>(
          pipeline.store,
          `/v1/entities?prefix=${encodeURIComponent(prefix)}&limit=100${type ? `&type=${type}` : ''}`,
        )
      ).body.items
        .filter((e) => e.name.endsWith(run))
        .map((e) => e.name);

    it.each([
      ['a surname', 'Миннихан'],
      ['a case form', 'Минниханова'],
      ['another case form', 'Миннихановым'],
      ['the other script', 'Minnikhanov'],
      ['lower case', 'минниханов'],
    ])('finds a person by %s (%s), most mentioned first', async (_, prefix) => {
      expect(await search(prefix)).toEqual([minnikhanov, foundation]);
    });

    it('finds a place in an oblique case, an English name from Cyrillic, and respects the type', async () => {
      expect(await search('Татарстане')).toEqual([tatarstan]);
      expect(await search('Кук')).toEqual([cook]);
      expect(await search('Миннихан', 'ORG')).toEqual([foundation]);
      expect(await search('Миннихан', 'LOC')).toEqual([]);
      expect(await search('Рустам Минних')).toEqual([minnikhanov]);
      expect(await search('Рустам Кук')).toEqual([]);
    });
  });
});
