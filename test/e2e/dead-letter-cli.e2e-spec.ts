import { articleId, TOPICS } from '@app/contracts';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleRows, freshNamespace, startPipeline, testEnv, type RunningPipeline } from '../support/pipeline.js';
import { messagesProcessed } from '../support/prometheus.js';
import { rawArticle, sendToRawTopic } from '../support/raw-article.fixture.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

const CLI = join(import.meta.dirname, '../../dist/apps/console/src/dead-letters/dead-letter.cli.js');
const run = Date.now().toString(36);

interface Outcome {
  status: number;
  lines: Record<string, unknown>[];
  stderr: string;
}

describe('npm run dead-letters (the built CLI, real Kafka and PostgreSQL)', () => {
  let pipeline: RunningPipeline;

  /** Runs the CLI in a child process (asynchronously: the pipeline runs in this one) against the test's topics. */
  const cli = (...args: string[]) =>
    new Promise<Outcome>((resolve) => {
      const env = testEnv({ KAFKA_NAMESPACE: pipeline.config.kafka.namespace, LOG_LEVEL: 'error' });
      execFile(process.execPath, [CLI, ...args], { env, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({
          status: error ? Number(error.code ?? 1) : 0,
          lines: stdout
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
          stderr,
        }),
      );
    });

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-dlq-cli') });
  }, 120_000);

  afterAll(async () => pipeline?.close(), 60_000);

  it('refuses unknown commands and bad arguments with exit code 2 and the usage', async () => {
    for (const args of [[], ['burn'], ['list', '--topic', 'cooked'], ['redrive', '--topic', 'raw', '--offset', 'x']]) {
      const outcome = await cli(...args);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toContain('usage: npm run -s dead-letters');
    }
  }, 60_000);

  it('lists a poison message, re-drives it fixed, and the article is stored exactly once', async () => {
    const externalId = `cli-poison-${run}`;
    const id = articleId('e2e-tass', externalId);
    const now = new Date().toISOString();
    const fixed = rawArticle('e2e-tass', externalId, {
      title: `Исправлено из командной строки ${run}`,
      publishedAt: now,
      receivedAt: now,
      lineage: { format: 'native-json', payloadHash: 'c'.repeat(64) },
    });
    await sendToRawTopic(pipeline, 'dlq-cli-e2e', [
      { key: id, value: JSON.stringify({ ...fixed, publishedAt: 'вчера' }) },
    ]);

    const letter = await waitFor(
      async () => (await cli('list', '--topic', 'raw', '--code', 'CONTRACT_VIOLATION')).lines.find((l) => l.key === id),
      'the poison message listed by the CLI',
      90_000,
    );
    expect(letter).toMatchObject({ code: 'CONTRACT_VIOLATION', sourceTopic: TOPICS.rawArticles });
    expect(letter.value).toBeUndefined();
    expect(String(letter.reason)).toContain('publishedAt');
    const full = await cli('list', '--topic', 'raw', '--full');
    expect(JSON.parse(String(full.lines.find((l) => l.key === id)!.value))).toMatchObject({ publishedAt: 'вчера' });

    const file = join(mkdtempSync(join(tmpdir(), 'dlq-cli-')), 'fixed.json');
    writeFileSync(file, JSON.stringify(fixed));
    const coordinates = ['--topic', 'raw', '--partition', String(letter.partition), '--offset', String(letter.offset)];
    const redriven = await cli('redrive', ...coordinates, '--value-file', file);
    expect(redriven.status).toBe(0);
    expect(redriven.lines).toEqual([expect.objectContaining({ key: id, redriven: 1 })]);

    const stored = await waitForStoredArticle<{ title: string }>(pipeline.store, id);
    expect(stored.title).toBe(fixed.title);

    // Re-driven again by mistake: the store handles it once more and still has one row for the article.
    const handled = await messagesProcessed(pipeline.store);
    expect((await cli('redrive', ...coordinates, '--value-file', file)).status).toBe(0);
    await waitFor(
      async () => ((await messagesProcessed(pipeline.store)) > handled ? true : undefined),
      'the store to handle it',
    );
    expect(await articleRows(pipeline, id)).toBe(1);

    const missing = await cli('redrive', '--topic', 'raw', '--partition', '0', '--offset', '999999');
    expect(missing.status).toBe(1);
    expect(String(missing.lines[0]!.error)).toContain('no dead letter');
  }, 240_000);
});
