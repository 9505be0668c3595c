import { TOPICS, type RawArticle } from '@app/contracts';
import { createKafka, inNamespace } from '@app/messaging';
import type { INestApplication } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { createProcessorApp } from '../../apps/processor/src/processor.app.js';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import { authFor, freshNamespace, testConfig } from '../support/pipeline.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

/**
 * Other projects' real feeds and agency documents (../shared/samples/real-feeds, or REAL_FEEDS_DIR), posted
 * whole with the content type their manifest gives. They are read in place, never copied into this tree
 * (their licences vary), and the test skips when they are absent.
 */
const CORPUS = process.env.REAL_FEEDS_DIR ?? new URL('../../../shared/samples/real-feeds', import.meta.url).pathname;
const MANIFEST = join(CORPUS, 'manifest.tsv');
const present = existsSync(MANIFEST);

type Entry = { file: string; format: string; expected: 'accept' | 'refuse' | 'either'; contentType: string };
type Answer = Entry & { status: number; problemJson: boolean; code?: string };
type Report = { accepted: number; results: { status: string; externalId?: string }[] };

function manifest(): Entry[] {
  const [, ...rows] = readFileSync(MANIFEST, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [file = '', , format = '', expected = '', contentType = ''] = row.split('\t');
    return { file, format, expected: expected as Entry['expected'], contentType };
  });
}

const count = (answers: Answer[], test: (a: Answer) => boolean) => answers.filter(test).length;

(present ? describe : describe.skip)('the real-feeds corpus at the push intake (real Kafka and PostgreSQL)', () => {
  const config = testConfig({
    KAFKA_NAMESPACE: freshNamespace('e2e-real-feeds'),
    INTAKE_RATE_PER_SECOND: '1000000',
    INTAKE_RATE_BURST: '10000000',
  });
  const raw: RawArticle[] = [];
  const answers: Answer[] = [];
  let app: INestApplication;
  let downstream: INestApplication[] = [];
  let storeUrl: string;
  let consumer: Consumer;

  beforeAll(async () => {
    app = await createFetcherApp(config);
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await waitFor(async () => ((await fetch(`${url}/health/ready`)).ok ? true : undefined), 'the fetcher', 60_000);
    downstream = [await createProcessorApp(config), await createStoreApp(config)];
    await Promise.all(downstream.map((service) => service.listen(0, '127.0.0.1')));
    storeUrl = (await downstream[1]!.getUrl()).replace('[::1]', '127.0.0.1');
    consumer = createKafka(config.kafka, 'e2e-real-feeds', { warn: () => undefined, error: () => undefined }).consumer({
      groupId: `${config.kafka.namespace}.watch`,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: inNamespace(config.kafka.namespace, TOPICS.rawArticles), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => void raw.push(JSON.parse(message.value!.toString('utf8')) as RawArticle),
    });
    for (const entry of manifest()) {
      const response = await fetch(`${url}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': entry.contentType, ...authFor('e2e-ria') },
        body: readFileSync(join(CORPUS, entry.file)),
      });
      const problemJson = (response.headers.get('content-type') ?? '').includes('application/problem+json');
      const body = (await response.json().catch(() => ({}))) as { code?: string } & Partial<Report>;
      answers.push({ ...entry, status: response.status, problemJson, code: body.code });
    }
  }, 600_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await Promise.all(downstream.map((service) => service.close()));
    await app?.close();
  }, 30_000);

  it('accepts at least 98 % of the valid files, refuses every invalid one with a problem, and never answers 5xx', () => {
    const accept = answers.filter((a) => a.expected === 'accept');
    const refuse = answers.filter((a) => a.expected === 'refuse');
    const counts = {
      files: answers.length,
      acceptAccepted: `${count(accept, (a) => a.status === 202)} of ${accept.length}`,
      refuseRefused: `${count(refuse, (a) => a.status >= 400 && a.status < 500 && a.problemJson)} of ${refuse.length}`,
      eitherAccepted: count(answers, (a) => a.expected === 'either' && a.status === 202),
      serverErrors: count(answers, (a) => a.status >= 500),
    };
    const missed = accept.filter((a) => a.status !== 202).map((a) => `${a.status} ${a.code} ${a.file}`);
    process.stdout.write(`\nreal-feeds corpus: ${JSON.stringify(counts)}\nnot accepted:\n${missed.join('\n')}\n`);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(refuse.filter((a) => !(a.status >= 400 && a.status < 500 && a.problemJson))).toEqual([]);
    expect(answers.filter((a) => a.status >= 400 && !a.problemJson)).toEqual([]);
    expect(count(accept, (a) => a.status === 202) / accept.length).toBeGreaterThanOrEqual(0.98);
  });

  it('publishes accepted items with a title, a text and a date whose provenance is recorded', async () => {
    const sample = await waitFor(async () => (raw.length >= 50 ? raw.slice(0, 50) : undefined), '50 raw articles');
    for (const article of sample) {
      expect(article.title.trim()).not.toBe('');
      expect(article.body.trim()).not.toBe('');
      expect(Number.isNaN(Date.parse(article.publishedAt))).toBe(false);
      expect(article.publishedAtSource).toEqual(expect.objectContaining({ field: expect.any(String) }));
    }
  });

  it('stores a sample of the accepted items with a title, a text and a date with its provenance', async () => {
    // Live, unembargoed articles only: the read API withholds the others' content.
    const readable = (a: RawArticle) =>
      a.pubStatus === 'usable' && (a.embargoedUntil === undefined || Date.parse(a.embargoedUntil) <= Date.now());
    const sample = await waitFor(async () => {
      const live = raw.filter(readable);
      return live.length >= 20 ? live.slice(0, 20) : undefined;
    }, '20 live raw articles');
    for (const { id } of sample) {
      const article = await waitForStoredArticle(storeUrl, id);
      expect(String(article.title).trim()).not.toBe('');
      expect(String(article.text).trim()).not.toBe('');
      expect(Number.isNaN(Date.parse(String(article.publishedAt)))).toBe(false);
      expect(article.publishedAtSource).toEqual(
        expect.objectContaining({ field: expect.any(String), fallback: expect.any(Boolean) }),
      );
    }
  }, 300_000);
});
