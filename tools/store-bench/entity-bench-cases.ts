import type { DataSource } from 'typeorm';
import { EntityQueryRepository } from '../../apps/store/src/entities/entity-query.repository.js';

type Case = [string, () => Promise<number>];
type Ranked = { key: string; article_count: number };

/**
 * The entity routes' cases: detail (timeline and related entities) at three popularities, and prefix search from a
 * name no entity has to a single letter, in both scripts and in a case form (the generator's names share their
 * first letters: Каз-ань, Каз-аков, Ka-ren, Kaz-an as a skeleton).
 */
export async function entityCases(dataSource: DataSource, [top, mid, rare]: Ranked[]): Promise<Case[]> {
  const entities = new EntityQueryRepository(dataSource);
  const detail =
    (key: string, window: { from?: string; to?: string } = {}) =>
    async () => {
      const found = await entities.findByKey(key, window);
      return found === null ? 0 : found.timeline.length + found.related.length;
    };
  const prefix = (text: string) => async () => (await entities.search({ prefix: text, limit: 20 })).rows.length;
  const month = { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' };
  return [
    [`entity detail, rank 1 (${top!.article_count} articles; days + related)`, detail(top!.key)],
    ['entity detail, rank 1, one month', detail(top!.key, month)],
    [`entity detail, rank 100 (${mid!.article_count} articles)`, detail(mid!.key)],
    [`entity detail, rank 10000 (${rare?.article_count ?? 0} articles)`, detail(rare?.key ?? mid!.key)],
    ['entity prefix, narrow ru (Шайхутдин)', prefix('Шайхутдин')],
    ['entity prefix, narrow en (Kaplan)', prefix('Kaplan')],
    ['entity prefix, case form (Казанцевым)', prefix('Казанцевым')],
    ['entity prefix, two words (Рустам Минн)', prefix('Рустам Минн')],
    ['entity prefix, cross-script (Minnikh)', prefix('Minnikh')],
    ['entity prefix, no match (zzzq)', prefix('zzzq')],
    ['entity prefix, broad ru (Каз)', prefix('Каз')],
    ['entity prefix, broad en (Ka)', prefix('Ka')],
    ['entity prefix, one letter (т)', prefix('т')],
    ['entity search by type (ORG)', async () => (await entities.search({ type: 'ORG', limit: 20 })).rows.length],
  ];
}
