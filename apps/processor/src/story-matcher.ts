import { estimateJaccard } from '@app/nlp';

/** Estimated Jaccard similarity of shingles from which two articles count as the same story. */
export const NEAR_DUPLICATE_JACCARD = 0.5;

export interface Fingerprint {
  articleId: string;
  storyId: string;
  contentHash: string;
  signature: Uint32Array;
}

export interface StoryAssignment {
  storyId: string;
  duplicate: 'unique' | 'exact' | 'near';
}

/**
 * The story of an article, given earlier articles: an identical text joins that text's story (`exact`), a
 * text whose shingles overlap enough joins the most similar one's (`near`); otherwise the article keeps the
 * story it already had (a new version of itself) or heads a new one.
 */
export function assignStory(article: Fingerprint, own: Fingerprint | undefined, candidates: readonly Fingerprint[]): StoryAssignment {
  const others = candidates.filter((c) => c.articleId !== article.articleId);
  const exact = others.find((c) => c.contentHash === article.contentHash);
  if (exact) return { storyId: exact.storyId, duplicate: 'exact' };
  let best: { candidate: Fingerprint; similarity: number } | undefined;
  for (const candidate of others) {
    const similarity = estimateJaccard(article.signature, candidate.signature);
    if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { candidate, similarity };
  }
  if (best) return { storyId: best.candidate.storyId, duplicate: 'near' };
  return { storyId: own?.storyId ?? article.articleId, duplicate: 'unique' };
}
