import { estimateJaccard } from '@app/nlp';

/** Estimated Jaccard similarity of shingles from which two articles count as the same story. */
export const NEAR_DUPLICATE_JACCARD = 0.5;

export interface Fingerprint {
  articleId: string;
  storyId: string;
  contentHash: string;
  signature: Uint32Array;
  /** The status it was given, once assigned (absent for an article not yet assigned, or stored before it was kept). */
  duplicate?: StoryAssignment['duplicate'];
  /**
   * Too little text to tell one story from another (a photo with no caption, «Подробности позже.»): such an
   * article heads its own story and is never a candidate for others.
   */
  standalone?: boolean;
  /** When the story it belongs to began (its head was seen); absent until stored. */
  storyStartedAt?: Date;
}

export interface StoryAssignment {
  storyId: string;
  duplicate: 'unique' | 'exact' | 'near';
}

/**
 * The story of an article, given earlier articles: an identical text joins that text's story (`exact`), a
 * text whose shingles overlap enough joins the most similar one's (`near`); otherwise the article keeps the
 * story it already had (a new version of itself) or heads a new one. The same text of the same article again
 * (a retried batch, a redelivery, a replay) keeps what it was given, though copies of it have been seen since:
 * processing stays deterministic, and a story's head never turns into a duplicate of its own copies, also when
 * its agency corrects it and the correction still resembles them.
 */
export function assignStory(
  article: Fingerprint,
  own: Fingerprint | undefined,
  candidates: readonly Fingerprint[],
): StoryAssignment {
  if (own?.duplicate && own.contentHash === article.contentHash)
    return { storyId: own.storyId, duplicate: own.duplicate };
  const alone: StoryAssignment = { storyId: own?.storyId ?? article.articleId, duplicate: 'unique' };
  if (article.standalone) return alone;
  const match = bestMatch(article, candidates);
  if (!match) return alone;
  const head = own?.duplicate === 'unique' && own.storyId === match.storyId;
  return head ? alone : match;
}

function bestMatch(article: Fingerprint, candidates: readonly Fingerprint[]): StoryAssignment | undefined {
  const others = candidates.filter((c) => c.articleId !== article.articleId && !c.standalone);
  const exact = others.find((c) => c.contentHash === article.contentHash);
  if (exact) return { storyId: exact.storyId, duplicate: 'exact' };
  let best: { candidate: Fingerprint; similarity: number } | undefined;
  for (const candidate of others) {
    const similarity = estimateJaccard(article.signature, candidate.signature);
    if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity))
      best = { candidate, similarity };
  }
  return best && { storyId: best.candidate.storyId, duplicate: 'near' };
}
