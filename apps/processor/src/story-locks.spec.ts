import { lockChunks, type Banded } from './story-locks.js';
import type { Fingerprint } from './story-matcher.js';

const banded = (id: string, bands: number): Banded => ({
  article: { articleId: id } as Fingerprint,
  bands: Array.from({ length: bands }, (_, i) => i),
});

describe('lockChunks', () => {
  it('keeps the batch order and each run within the lock budget (bands + content hash + id per article)', () => {
    const batch = ['a', 'b', 'c', 'd', 'e'].map((id) => banded(id, 16));
    const chunks = lockChunks(batch, 40);
    expect(chunks.map((c) => c.map((b) => b.article.articleId))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives an article whose keys alone exceed the budget a run of its own', () => {
    expect(lockChunks([banded('a', 16), banded('b', 16)], 10)).toHaveLength(2);
  });

  it('has no run for an empty batch', () => {
    expect(lockChunks([])).toEqual([]);
  });
});
