import { loadConfig } from '@app/config';
import { connectDataSource, createDataSource } from '@app/database';
import { minhashBands } from '@app/nlp';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { fingerprintOf, type Unclustered } from './article-enricher.js';
import { PROCESSOR_DATABASE } from './processor.database.js';
import { StoryIndexRepository } from './story-index.repository.js';
import { lockStoryKeys } from './story-locks.js';
import { waitFor } from '../../../test/support/wait-for.js';

/** A text no earlier run (or other test) can resemble: the index is durable, so fixed texts would match old rows. */
function uniqueText(words = 60): string {
  const letters = 'абвгдежзиклмнопрстуфхцчшэюя';
  const word = () =>
    Array.from(
      { length: 4 + Math.floor(Math.random() * 6) },
      () => letters[Math.floor(Math.random() * letters.length)],
    ).join('');
  return Array.from({ length: words }, word).join(' ');
}

/** `text` with its n-th word replaced: a light edit. */
function edit(text: string, n: number): string {
  const words = text.split(' ');
  words[n] = 'правка';
  return words.join(' ');
}

function article(text: string): Unclustered {
  const id = randomUUID();
  return { id, text, contentHash: `hash:${text}` } as Unclustered;
}

describe('StoryIndexRepository against PostgreSQL', () => {
  let dataSource: DataSource;
  let index: StoryIndexRepository;
  const config = loadConfig({ ...process.env, STORY_WINDOW_HOURS: '72' });

  beforeAll(async () => {
    dataSource = await connectDataSource(() => createDataSource(config.database, PROCESSOR_DATABASE), {
      migrationsRun: true,
      log: console,
    });
    index = new StoryIndexRepository(dataSource, config);
  });

  afterAll(async () => dataSource?.destroy());

  it('links re-sends and light edits to the first article, across batches and within one', async () => {
    const story = uniqueText();
    const head = article(story);
    const [first] = await index.assign([fingerprintOf(head)]);
    expect(first).toEqual({ storyId: head.id, duplicate: 'unique' });

    const copy = article(story);
    const edited = article(edit(story, 30));
    const unrelated = article(uniqueText());
    const editOfEdit = article(edit(edit(story, 30), 10));
    const assigned = await index.assign([copy, edited, unrelated, editOfEdit].map(fingerprintOf));
    expect(assigned).toEqual([
      { storyId: head.id, duplicate: 'exact' },
      { storyId: head.id, duplicate: 'near' },
      { storyId: unrelated.id, duplicate: 'unique' },
      { storyId: head.id, duplicate: 'near' },
    ]);
  });

  it('gives a retried batch the same stories and statuses as the first time', async () => {
    const story = uniqueText();
    const batch = [article(story), article(story), article(edit(story, 20))].map(fingerprintOf);
    const first = await index.assign(batch);
    expect(first).toEqual([
      { storyId: batch[0]!.articleId, duplicate: 'unique' },
      { storyId: batch[0]!.articleId, duplicate: 'exact' },
      { storyId: batch[0]!.articleId, duplicate: 'near' },
    ]);
    expect(await index.assign(batch)).toEqual(first);
    expect(await index.assign([batch[0]!])).toEqual([first[0]]);
  });

  it('puts copies assigned at the same moment (two partitions, two instances) in one story with one head', async () => {
    const pairs = Array.from({ length: 12 }, () => {
      const story = uniqueText();
      return [article(story), article(story)] as const;
    });
    const assigned = await Promise.all(
      pairs.flatMap((pair) => pair.map((a) => new StoryIndexRepository(dataSource, config).assign([fingerprintOf(a)]))),
    );
    for (let i = 0; i < pairs.length; i++) {
      const [a, b] = [assigned[2 * i]![0]!, assigned[2 * i + 1]![0]!];
      expect(a.storyId).toBe(b.storyId);
      expect([a.duplicate, b.duplicate].sort()).toEqual(['exact', 'unique']);
    }
  });

  it('puts copies in batches of two instances at the same moment in one story, in any order, without deadlock', async () => {
    const other = await connectDataSource(() => createDataSource(config.database, PROCESSOR_DATABASE), {
      migrationsRun: false,
      log: console,
    });
    try {
      const instances = [index, new StoryIndexRepository(other, config)];
      for (let round = 0; round < 5; round++) {
        const stories = Array.from({ length: 10 }, () => uniqueText());
        const first = stories.map((s) => article(s));
        const second = stories.map((s, i) => article(i % 2 ? s : edit(s, 7))).reverse();
        const [a, b] = await Promise.all([
          instances[0]!.assign(first.map(fingerprintOf)),
          instances[1]!.assign(second.map(fingerprintOf)),
        ]);
        const fromSecond = [...b].reverse();
        for (let i = 0; i < stories.length; i++) {
          expect(fromSecond[i]!.storyId).toBe(a[i]!.storyId);
          expect([a[i]!.duplicate, fromSecond[i]!.duplicate].filter((d) => d === 'unique')).toHaveLength(1);
        }
      }
    } finally {
      await other.destroy();
    }
  }, 60_000);

  it('lets a batch with no key in common pass while another holds its keys, and makes a related one wait', async () => {
    const story = uniqueText();
    const held = fingerprintOf(article(story));
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await lockStoryKeys(runner.manager, [{ article: held, bands: minhashBands(held.signature) }]);
      const unrelated = article(uniqueText());
      expect(await index.assign([fingerprintOf(unrelated)])).toEqual([{ storyId: unrelated.id, duplicate: 'unique' }]);
      const copy = article(story);
      const waiting = index.assign([fingerprintOf(copy)]);
      await waitFor(async () => {
        const rows: { n: number }[] = await dataSource.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
           WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
        );
        return rows[0]!.n > 0 ? true : undefined;
      }, 'the related batch to wait for the held keys');
      await runner.query(
        `INSERT INTO story_fingerprints (article_id, story_id, content_hash, signature, duplicate) VALUES ($1, $1, $2, $3, 'unique')`,
        [
          held.articleId,
          held.contentHash,
          Buffer.from(held.signature.buffer, held.signature.byteOffset, held.signature.byteLength),
        ],
      );
      await runner.commitTransaction();
      expect(await waiting).toEqual([{ storyId: held.articleId, duplicate: 'exact' }]);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('ends a story after the window, though its members keep joining one another', async () => {
    const day1 = uniqueText();
    const head = article(day1);
    await index.assign([fingerprintOf(head)]);
    const day2 = edit(day1, 40);
    const member = article(day2);
    expect((await index.assign([fingerprintOf(member)]))[0]).toEqual({ storyId: head.id, duplicate: 'near' });
    // The story began 100 hours ago; its member was seen 50 hours ago, inside the window.
    await dataSource.query(
      `UPDATE story_fingerprints SET story_started_at = now() - interval '100 hours' WHERE story_id = $1`,
      [head.id],
    );
    await dataSource.query(
      `UPDATE story_fingerprints SET seen_at = now() - interval '50 hours' WHERE article_id = $1`,
      [member.id],
    );
    const day3 = article(edit(day2, 20));
    expect((await index.assign([fingerprintOf(day3)]))[0]).toEqual({ storyId: day3.id, duplicate: 'unique' });
  });

  it('accepts several versions of one article in a batch, the last one winning', async () => {
    const first = article(uniqueText());
    const text = edit(first.text, 5);
    const second = { ...first, text, contentHash: `hash:${text}` };
    const assigned = await index.assign([fingerprintOf(first), fingerprintOf(second)]);
    expect(assigned.map((a) => a.storyId)).toEqual([first.id, first.id]);
    const rows = await dataSource.query('SELECT content_hash FROM story_fingerprints WHERE article_id = $1', [
      first.id,
    ]);
    expect(rows).toEqual([{ content_hash: second.contentHash }]);
  });

  it('replaces the band keys of an article re-processed with another text in a later batch', async () => {
    const before = article(uniqueText());
    await index.assign([fingerprintOf(before)]);
    const text = uniqueText();
    const after = { ...before, text, contentHash: `hash:${text}` };
    await index.assign([fingerprintOf(after)]);
    const rows: { band_key: number }[] = await dataSource.query(
      'SELECT band_key FROM story_bands WHERE article_id = $1 ORDER BY band_key',
      [before.id],
    );
    expect(rows.map((r) => r.band_key)).toEqual(
      [...new Set(minhashBands(fingerprintOf(after).signature))].sort((a, b) => a - b),
    );
  });

  it('keeps what it learned across a restart of the repository and forgets it after the window', async () => {
    const other = uniqueText();
    const head = article(other);
    expect((await index.assign([fingerprintOf(head)]))[0]).toEqual({ storyId: head.id, duplicate: 'unique' });
    const copy = article(other);
    const [later] = await new StoryIndexRepository(dataSource, config).assign([fingerprintOf(copy)]);
    expect(later).toEqual({ storyId: head.id, duplicate: 'exact' });

    await dataSource.query(`UPDATE story_fingerprints SET seen_at = now() - interval '100 hours' WHERE story_id = $1`, [
      head.id,
    ]);
    expect(await index.prune()).toBe(2);
    // No foreign key cascades any more: prune must take the bands with their fingerprints.
    const bands: { n: number }[] = await dataSource.query(
      'SELECT count(*)::int AS n FROM story_bands WHERE article_id = ANY($1::uuid[])',
      [[head.id, copy.id]],
    );
    expect(bands).toEqual([{ n: 0 }]);
    const late = article(other);
    expect((await index.assign([fingerprintOf(late)]))[0]).toEqual({ storyId: late.id, duplicate: 'unique' });
  });
});
