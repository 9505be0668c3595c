import { inNamespace, createKafka } from '@app/messaging';
import type { INestApplication } from '@nestjs/common';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { createProcessorApp } from '../../apps/processor/src/processor.app.js';
import { authFor, freshNamespace, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

/** A text no other test can resemble (the story index is durable and shared by the run). */
function uniqueText(words = 60): string {
  const letters = 'абвгдежзиклмнопрстуфхцчшэюя';
  const word = () =>
    Array.from({ length: 4 + Math.floor(Math.random() * 6) }, () => letters[Math.floor(Math.random() * 26)]).join('');
  return Array.from({ length: words }, word).join(' ');
}

function item(externalId: string, body: string) {
  return { externalId, title: body.slice(0, 40), body, publishedAt: '2026-12-07T10:00:00Z', lang: 'ru' };
}

function post(fetcher: string, source: 'e2e-tass' | 'e2e-ria', items: unknown[]): Promise<Response> {
  return fetch(`${fetcher}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authFor(source) },
    body: JSON.stringify(items.map((i) => ({ source, ...(i as object) }))),
  });
}

/** How many members of the processors' group hold partitions of the raw topic. */
async function activeProcessors(pipeline: RunningPipeline): Promise<number> {
  const kafka = createKafka(pipeline.config.kafka, 'e2e-probe', { warn: () => undefined, error: () => undefined });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([inNamespace(pipeline.config.kafka.namespace, 'processor')]);
    return groups[0]?.state === 'Stable' ? groups[0].members.filter((m) => m.memberAssignment.length > 0).length : 0;
  } finally {
    await admin.disconnect();
  }
}

describe('two fetchers and two processors on one broker and one database', () => {
  let pipeline: RunningPipeline;
  const extra: INestApplication[] = [];
  let secondFetcher: string;

  beforeAll(async () => {
    const overrides = { KAFKA_NAMESPACE: freshNamespace('e2e-scale'), INTAKE_RATE_PER_SECOND: '1' };
    pipeline = await startPipeline({ ...overrides, INTAKE_RATE_BURST: '200' });
    extra.push(await createProcessorApp(pipeline.config), await createFetcherApp(pipeline.config));
    await Promise.all(extra.map((app) => app.listen(0, '127.0.0.1')));
    secondFetcher = (await extra[1]!.getUrl()).replace('[::1]', '127.0.0.1');
    await waitFor(async () => ((await activeProcessors(pipeline)) === 2 ? true : undefined), 'two processors', 90_000);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(extra.map((app) => app.close()));
    await pipeline?.close();
  });

  it('puts two copies of one story, sent through two fetchers at once, in one story with one head', async () => {
    const stories = Array.from({ length: 20 }, () => uniqueText());
    const responses = await Promise.all(
      [pipeline.fetcher, secondFetcher].map((fetcher, copy) =>
        post(
          fetcher,
          'e2e-tass',
          stories.map((text, i) => item(`scale-${i}-copy-${copy}`, text)),
        ),
      ),
    );
    const ids = await Promise.all(
      responses.map(async (r) => {
        expect(r.status).toBe(202);
        return ((await r.json()) as { results: { id: string }[] }).results.map((x) => x.id);
      }),
    );
    for (let i = 0; i < stories.length; i++) {
      const copies = await Promise.all(
        ids.map((batch) => waitForStoredArticle<{ storyId: string; duplicate: string }>(pipeline.store, batch[i]!)),
      );
      expect(copies[1]!.storyId).toBe(copies[0]!.storyId);
      expect(copies.map((c) => c.duplicate).sort()).toEqual(['exact', 'unique']);
    }
  }, 120_000);

  it('holds a source to one burst across both fetchers', async () => {
    const batch = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => item(`rate-${from + i}`, `Короткая заметка номер ${from + i}.`));
    expect((await post(pipeline.fetcher, 'e2e-ria', batch(0, 150))).status).toBe(202);
    const second = await post(secondFetcher, 'e2e-ria', batch(150, 100));
    expect(second.status).toBe(429);
    expect(((await second.json()) as { code: string }).code).toBe('RATE_LIMITED');
  }, 60_000);
});
