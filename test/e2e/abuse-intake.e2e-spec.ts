import { deadLetterTopicOf, TOPICS } from '@app/contracts';
import { readTopic } from '../../tools/chaos/topic-reader.js';
import { edgeArticles } from '../abuse/edge-articles.js';
import pg from 'pg';
import { abuseCorpus } from '../abuse/abuse.corpus.js';
import { validArticle } from '../abuse/abuse-case.js';
import { refusalProblem, sendAll } from '../support/abuse-client.js';
import { freshNamespace, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { scrape } from '../support/prometheus.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { topicSize } from '../support/topic-size.js';
import { waitFor } from '../support/wait-for.js';

const SOURCE = 'abuse-wire';
const OTHER = 'abuse-other';
const keys = { own: 'abuse-key-for-abuse-wire-000000', otherSource: 'abuse-key-for-abuse-other-00000' };
const SEED = Number(process.env.ABUSE_SEED ?? 8);

/** Requests the service answered with a 5xx, per Prometheus (every route, every status 5xx). */
function serverErrors(metrics: string): number {
  return [...metrics.matchAll(/^http_requests_total\{[^}]*status="5\d\d"[^}]*\}\s+(\S+)/gm)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
}

describe('intake abuse: thousands of malformed and hostile requests (real Kafka and PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  let db: pg.Client;
  const corpus = abuseCorpus({ seed: SEED, source: SOURCE, otherSource: OTHER });
  const storedRows = async () =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source = ANY($1)', [[SOURCE, OTHER]]))
      .rows[0]!.n;

  beforeAll(async () => {
    pipeline = await startPipeline({
      KAFKA_NAMESPACE: freshNamespace('e2e-abuse'),
      INGEST_API_KEYS: `${SOURCE}=${keys.own},${OTHER}=${keys.otherSource}`,
      INTAKE_RATE_PER_SECOND: '1000000',
      INTAKE_RATE_BURST: '1000000',
      LOG_LEVEL: 'error',
    });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  }, 90_000);

  afterAll(async () => {
    await db?.end();
    await pipeline?.close();
  });

  it(`refuses every case of the corpus with a 4xx problem, publishes and stores nothing, and stays up`, async () => {
    expect(corpus.length).toBeGreaterThan(2_000);
    const answers = await sendAll(`${pipeline.fetcher}/v1/articles`, corpus, keys);
    const wrong = answers.flatMap((a) => {
      const problem = refusalProblem(a);
      return problem === null ? [] : [`${a.name}: ${problem}`];
    });
    const statuses = answers.reduce<Record<number, number>>(
      (n, a) => ({ ...n, [a.status]: (n[a.status] ?? 0) + 1 }),
      {},
    );
    process.stdout.write(
      `abuse corpus: ${corpus.length} requests (seed ${SEED}), answers by status ${JSON.stringify(statuses)}\n`,
    );
    expect(wrong).toEqual([]);
    expect(serverErrors(await scrape(pipeline.fetcher))).toBe(0);
    expect(await topicSize(pipeline.config, TOPICS.rawArticles)).toBe(0);
    expect(await storedRows()).toBe(0);
    expect((await fetch(`${pipeline.fetcher}/health/ready`)).status).toBe(200);
  }, 300_000);

  it('still accepts and stores a good article afterwards', async () => {
    const response = await fetch(`${pipeline.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.own}` },
      body: JSON.stringify(validArticle(SOURCE, 'abuse-after')),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await waitForStoredArticle(pipeline.store, id);
    expect(await storedRows()).toBe(1);
  }, 60_000);

  it('stores every edge-of-contract article it acknowledges, as plain text, and dead-letters none of them', async () => {
    const post = (article: Record<string, unknown>) =>
      fetch(`${pipeline.fetcher}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.own}` },
        body: JSON.stringify(article),
      });
    const acknowledged = new Map<string, string>();
    const outcomes: string[] = [];
    for (const { name, article } of edgeArticles(SOURCE)) {
      let response = await post(article);
      // A 503 asks the client to retry; persistent ones are a finding.
      for (let attempt = 1; response.status === 503 && attempt < 5; attempt++) response = await post(article);
      const answer = (await response.json()) as { id?: string; detail?: string };
      if (response.status === 202 && answer.id) acknowledged.set(answer.id, name);
      else if (response.status < 400 || response.status >= 500)
        outcomes.push(`${name}: answered ${response.status} ${answer.detail ?? ''}`);
    }
    // Several multi-megabyte bodies go through the whole pipeline: on a busy 2-core machine that takes minutes.
    const stored = await waitFor(
      async () => {
        const found = await db.query<{ id: string; title: string; text: string }>(
          'SELECT id, title, text FROM articles WHERE id = ANY($1::uuid[])',
          [[...acknowledged.keys()]],
        );
        const letters = await deadLetters();
        return found.rows.length + letters.length >= acknowledged.size ? found.rows : undefined;
      },
      'each acknowledged edge article to be stored or dead-lettered',
      240_000,
    ).catch(
      async () =>
        (
          await db.query<{ id: string; title: string; text: string }>(
            'SELECT id, title, text FROM articles WHERE id = ANY($1::uuid[])',
            [[...acknowledged.keys()]],
          )
        ).rows,
    );
    for (const letter of await deadLetters())
      outcomes.push(
        `${acknowledged.get(letter.key ?? '') ?? letter.key}: acknowledged, then dead-lettered (${letter.headers['dlq.error.code']}: ${letter.headers['dlq.error.reason']?.slice(0, 160)})`,
      );
    const storedIds = new Set(stored.map((r) => r.id));
    for (const [id, name] of acknowledged)
      if (!storedIds.has(id) && !outcomes.some((o) => o.startsWith(`${name}:`)))
        outcomes.push(`${name}: acknowledged, never stored`);
    for (const row of stored)
      if (/<script|onerror=|onclick=|<iframe/i.test(`${row.title}\n${row.text}`))
        outcomes.push(`${acknowledged.get(row.id)}: stored with markup`);
    expect(outcomes).toEqual([]);
  }, 300_000);

  async function deadLetters() {
    const ns = pipeline.config.kafka.namespace;
    const brokers = [...pipeline.config.kafka.brokers];
    return [
      ...(await readTopic(brokers, `${ns}.${deadLetterTopicOf(TOPICS.rawArticles)}`)),
      ...(await readTopic(brokers, `${ns}.${deadLetterTopicOf(TOPICS.enrichedArticles)}`)),
    ];
  }
});
