import { APP_CONFIG, type AppConfig } from '@app/config';
import { withDatabaseErrors } from '@app/database';
import { minhashBands } from '@app/nlp';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockChunks, lockStoryKeys, type Banded } from './story-locks.js';
import { assignStory, type Fingerprint, type StoryAssignment } from './story-matcher.js';

type Row = {
  article_id: string;
  story_id: string;
  content_hash: string;
  signature: Buffer;
  duplicate: StoryAssignment['duplicate'] | null;
  story_started_at: Date;
};

const toFingerprint = (r: Row): Fingerprint => ({
  articleId: r.article_id,
  storyId: r.story_id,
  contentHash: r.content_hash,
  signature: new Uint32Array(
    r.signature.buffer.slice(r.signature.byteOffset, r.signature.byteOffset + r.signature.byteLength),
  ),
  ...(r.duplicate ? { duplicate: r.duplicate } : {}),
  storyStartedAt: r.story_started_at,
});

/**
 * At most this many articles per band key: a story carried a thousand times must not make every new copy
 * compare against all of them; any few members find the story as well as all of them would.
 */
const CANDIDATES_PER_BAND = 20;

/**
 * The batch's own earlier fingerprints, the same exact content, and LSH band neighbours: a union of index
 * lookups joined back by primary key. (Written as ORs of IN-subqueries it was a sequential scan of the whole
 * window: 17 ms at 20,000 fingerprints and growing with every hour of news kept.) Other articles count only while
 * their story is younger than the window ($4 hours), whether or not pruning has run: a story ends.
 */
const CANDIDATES = `
  SELECT f.article_id, f.story_id, f.content_hash, f.signature, f.duplicate, f.story_started_at FROM story_fingerprints f
  WHERE f.article_id IN (
    SELECT unnest($1::uuid[])
    UNION SELECT h.article_id FROM (SELECT article_id FROM story_fingerprints WHERE content_hash = ANY($2::text[]) LIMIT ${CANDIDATES_PER_BAND} * 4) h
    UNION SELECT c.article_id FROM unnest($3::int[]) AS k(band_key)
      CROSS JOIN LATERAL (SELECT article_id FROM story_bands b WHERE b.band_key = k.band_key LIMIT ${CANDIDATES_PER_BAND}) c)
  AND (f.article_id = ANY($1::uuid[]) OR f.story_started_at > now() - make_interval(hours => $4))`;

const SAVE = `
  INSERT INTO story_fingerprints (article_id, story_id, content_hash, signature, duplicate, story_started_at)
  SELECT article_id, story_id, content_hash, decode(signature, 'base64'), duplicate, coalesce(story_started_at, now())
  FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, story_id uuid, content_hash text, signature text, duplicate text,
    story_started_at timestamptz)
  ON CONFLICT (article_id) DO UPDATE SET story_id = EXCLUDED.story_id, content_hash = EXCLUDED.content_hash,
    signature = EXCLUDED.signature, duplicate = EXCLUDED.duplicate, story_started_at = EXCLUDED.story_started_at, seen_at = now()
  RETURNING article_id, (xmax = 0) AS inserted`;

/** Forgets old fingerprints and their bands (no foreign key cascades to the bands: its check was costly). */
const PRUNE = `
  WITH gone AS (DELETE FROM story_fingerprints WHERE seen_at < now() - make_interval(hours => $1) RETURNING article_id),
    bands AS (DELETE FROM story_bands WHERE article_id IN (SELECT article_id FROM gone))
  SELECT count(*)::int AS n FROM gone`;

/**
 * The durable state of near-duplicate detection: recent articles' fingerprints and LSH band keys in
 * PostgreSQL, so story assignment survives restarts and is shared by every processor instance. Bounded by
 * `prune`, which forgets articles older than the story window.
 */
@Injectable()
export class StoryIndexRepository {
  private readonly windowHours: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.windowHours = config.stories.windowHours;
  }

  /** Assigns each article its story, in order (later articles of the batch see earlier ones), and saves them. */
  async assign(articles: readonly Fingerprint[]): Promise<StoryAssignment[]> {
    const banded = articles.map((article) => ({
      article,
      bands: article.standalone ? [] : minhashBands(article.signature),
    }));
    const assignments: StoryAssignment[] = [];
    for (const chunk of lockChunks(banded))
      assignments.push(
        ...(await withDatabaseErrors(() => this.dataSource.transaction((manager) => this.assignIn(manager, chunk)))),
      );
    return assignments;
  }

  /** Forgets articles last seen before the story window; returns how many. */
  async prune(): Promise<number> {
    const rows: { n: number }[] = await withDatabaseErrors(() => this.dataSource.query(PRUNE, [this.windowHours]));
    return rows[0]?.n ?? 0;
  }

  private async assignIn(manager: EntityManager, chunk: readonly Banded[]): Promise<StoryAssignment[]> {
    const articles = chunk.map((c) => c.article);
    const bands = chunk.map((c) => c.bands);
    await lockStoryKeys(manager, chunk);
    const rows: Row[] = await manager.query(CANDIDATES, [
      articles.map((a) => a.articleId),
      articles.map((a) => a.contentHash),
      bands.flat(),
      this.windowHours,
    ]);
    const known = rows.map(toFingerprint);
    const own = new Map(known.map((f) => [f.articleId, f]));
    const assignments: StoryAssignment[] = [];
    const started: (Date | undefined)[] = [];
    for (const article of articles) {
      const assignment = assignStory(article, own.get(article.articleId), known);
      assignments.push(assignment);
      const saved = {
        ...article,
        storyId: assignment.storyId,
        duplicate: assignment.duplicate,
        storyStartedAt: storyStart(assignment.storyId, known),
      };
      started.push(saved.storyStartedAt);
      known.push(saved);
      own.set(article.articleId, saved);
    }
    await this.save(manager, articles, assignments, started, bands);
    return assignments;
  }

  /** Saves the last occurrence of each article (a batch may carry several versions of one). */
  private async save(
    manager: EntityManager,
    articles: readonly Fingerprint[],
    assignments: readonly StoryAssignment[],
    started: readonly (Date | undefined)[],
    bands: readonly number[][],
  ): Promise<void> {
    const last = new Map(articles.map((a, i) => [a.articleId, i]));
    const kept = [...last.values()];
    const rows = kept.map((i) => ({
      article_id: articles[i]!.articleId,
      story_id: assignments[i]!.storyId,
      content_hash: articles[i]!.contentHash,
      duplicate: assignments[i]!.duplicate,
      story_started_at: started[i] ?? null,
      signature: Buffer.from(
        articles[i]!.signature.buffer,
        articles[i]!.signature.byteOffset,
        articles[i]!.signature.byteLength,
      ).toString('base64'),
    }));
    const saved: { article_id: string; inserted: boolean }[] = await manager.query(SAVE, [JSON.stringify(rows)]);
    // Only a fingerprint that existed before has bands to replace (a row just inserted has `xmax = 0`).
    const replaced = saved.filter((r) => !r.inserted).map((r) => r.article_id);
    if (replaced.length > 0)
      await manager.query('DELETE FROM story_bands WHERE article_id = ANY($1::uuid[])', [replaced]);
    // Two parallel arrays rather than a JSON document of 16 objects per article: nothing to build or parse.
    const keys = kept.flatMap((i) => bands[i]!);
    const owners = kept.flatMap((i) => bands[i]!.map(() => articles[i]!.articleId));
    await manager.query(
      `INSERT INTO story_bands (band_key, article_id) SELECT * FROM unnest($1::int[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [keys, owners],
    );
  }
}

/** When a story began, from any member known (a new story, or one begun in this batch, has none yet: now). */
function storyStart(storyId: string, known: readonly Fingerprint[]): Date | undefined {
  return known.find((f) => f.storyId === storyId && f.storyStartedAt)?.storyStartedAt;
}
