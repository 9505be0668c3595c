import { articleId, TOPICS } from '@app/contracts';
import pg from 'pg';
import { authFor, freshNamespace, readAuth, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { topicSize } from '../support/topic-size.js';

const article = {
  source: 'e2e-tass',
  externalId: 'kz-tatarstan-2026-001',
  title: 'Казахстан и Татарстан расширят сотрудничество',
  body: '<p>Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Раисом Татарстана Рустамом Миннихановым.</p><p>Стороны обсудили поставки грузовиков КАМАЗ.</p>',
  url: 'https://example.org/news/kz-tatarstan',
  publishedAt: '2026-11-25T10:00:00+05:00',
  lang: 'ru',
};

function post(pipeline: RunningPipeline, body: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(`${pipeline.fetcher}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...authFor('e2e-tass') },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
}

describe('one article end to end (real Kafka, real PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  let db: pg.Client;

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-flow') });
    db = new pg.Client({ connectionString: pipeline.config.database.url });
    await db.connect();
  }, 90_000);

  afterAll(async () => {
    await db?.end();
    await pipeline?.close();
  });

  const rawTopicSize = () => topicSize(pipeline.config, TOPICS.rawArticles);

  it('accepts an article with 202 and its deterministic id, and the store returns it', async () => {
    const response = await post(pipeline, article);
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(id).toBe(articleId(article.source, article.externalId));

    const stored = await waitForStoredArticle(pipeline.store, id);
    expect(stored).toMatchObject({
      id,
      source: article.source,
      externalId: article.externalId,
      title: article.title,
      lang: 'ru',
      status: 'active',
      publishedAt: '2026-11-25T05:00:00.000Z',
      url: article.url,
    });
    expect(stored.text).toBe(
      'Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Раисом Татарстана Рустамом Миннихановым.\n\nСтороны обсудили поставки грузовиков КАМАЗ.',
    );
  }, 60_000);

  it('keeps exactly one row when the same article is posted again, identical or corrected', async () => {
    const id = articleId(article.source, article.externalId);
    await waitForStoredArticle(pipeline.store, id);
    const before = await rawTopicSize();
    const again = await post(pipeline, article);
    expect(again.status).toBe(202);
    expect(await again.json()).toMatchObject({ id, results: [{ status: 'duplicate' }] });
    expect(await rawTopicSize()).toBe(before);

    const corrected = await post(pipeline, { ...article, title: `${article.title} (исправлено)` });
    expect(await corrected.json()).toMatchObject({ id, results: [{ status: 'new-version' }] });
    await waitForStoredArticle(pipeline.store, id, { until: (a) => a.title === `${article.title} (исправлено)` });
    const { rows } = await db.query('SELECT count(*)::int AS n FROM articles WHERE source = $1 AND external_id = $2', [
      article.source,
      article.externalId,
    ]);
    expect(rows[0].n).toBe(1);
  }, 60_000);

  it('answers invalid input with a 400 problem naming the field, and publishes nothing', async () => {
    const before = await rawTopicSize();
    const bad = await post(pipeline, { ...article, publishedAt: 'вчера', title: '' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await bad.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['publishedAt', 'title']);

    const notJson = await post(pipeline, '{"source": ', 'application/json');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { code: string }).code).toBe('MALFORMED_BODY');

    const wrongType = await post(pipeline, 'plain text', 'text/plain');
    expect(wrongType.status).toBe(415);

    // Valid JSON of a valid article, but Latin-1 bytes: «é» is not UTF-8, and must not become U+FFFD.
    const latin1 = Buffer.from(
      JSON.stringify({
        ...article,
        externalId: `${article.externalId}-latin1`,
        title: 'Le château',
        body: 'Le château est fermé.',
      }),
      'latin1',
    );
    const notUtf8 = await post(pipeline, latin1);
    expect(notUtf8.status).toBe(400);
    expect(((await notUtf8.json()) as { code: string }).code).toBe('MALFORMED_BODY');

    expect(await rawTopicSize()).toBe(before);
  }, 60_000);

  it('extracts entities over HTTP from JSON alone, strictly UTF-8, with the language tag in any case', async () => {
    const extract = (body: string | Buffer, contentType = 'application/json') =>
      fetch(`${pipeline.processor}/v1/extract`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const ok = await extract(
      JSON.stringify({ text: 'Президент Татарстана Рустам Минниханов прибыл в Казань.', lang: 'RU' }),
    );
    expect(ok.status).toBe(200);
    const answer = (await ok.json()) as { lang: string; entities: { type: string; name: string }[] };
    expect(answer.lang).toBe('ru');
    expect(answer.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'PER', name: 'Рустам Минниханов' })]),
    );

    const plain = await extract('Рустам Минниханов', 'text/plain');
    expect([plain.status, plain.headers.get('content-type'), ((await plain.json()) as { code: string }).code]).toEqual([
      415,
      expect.stringContaining('application/problem+json'),
      'UNSUPPORTED_MEDIA_TYPE',
    ]);
    const latin1 = await extract(
      Buffer.from(JSON.stringify({ text: 'Le château de Versailles', lang: 'fr' }), 'latin1'),
    );
    expect([latin1.status, ((await latin1.json()) as { code: string }).code]).toEqual([400, 'MALFORMED_BODY']);
    const empty = await extract(JSON.stringify({ text: '' }));
    expect([empty.status, ((await empty.json()) as { code: string }).code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('answers 404 problem+json for an unknown article', async () => {
    const response = await fetch(`${pipeline.store}/v1/articles/${articleId('nobody', 'nothing')}`, {
      headers: readAuth(),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND');
  });
});
