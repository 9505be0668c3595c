import { articleIdentity, toArticleSummary, type ArticleRow, type ArticleSummary } from './article.view.js';

/**
 * A killed article as the API shows it: the agency has withdrawn it, so its title, text and entities are
 * withheld, as wire services require; what identifies it and when it was killed remain, so a client can take
 * down its own copy. `killedAt` is when the kill reached the pipeline.
 */
export function toKilledArticle(row: ArticleRow) {
  return {
    ...articleIdentity(row),
    publishedAt: row.published_at.toISOString(),
    killedAt: row.received_at.toISOString(),
    storyId: row.story_id,
  };
}

export type KilledArticle = ReturnType<typeof toKilledArticle>;

/** An article in a list: a summary, or what remains of it once killed. */
export function toListedArticle(row: ArticleRow): ArticleSummary | KilledArticle {
  return row.status === 'killed' ? toKilledArticle(row) : toArticleSummary(row);
}
