import { planStream } from './stream-plan.js';

describe('planStream', () => {
  const plan = planStream(3, 3_000, 'chaos-wire');

  it('plans the same items for the same seed, and others for another', () => {
    expect(planStream(3, 3_000, 'chaos-wire')).toEqual(plan);
    expect(planStream(4, 3_000, 'chaos-wire')).not.toEqual(plan);
  });

  it('revisits an article only long after its previous item, and waits for that one', () => {
    const last = new Map<string, number>();
    plan.forEach(({ article, after }, i) => {
      const previous = last.get(article.externalId);
      expect(after).toBe(previous);
      if (previous !== undefined) expect(i - previous).toBeGreaterThanOrEqual(200);
      last.set(article.externalId, i);
    });
  });

  it('mixes new articles, exact and near copies of stories, versions, kills and re-sends', () => {
    const copies = plan.filter(({ article }) => article.externalId.includes('-copy-') && article.version === 1);
    const exact = copies.filter(({ article }) => !article.body.includes('Дополнение'));
    const revisits = plan.filter(({ after }) => after !== undefined).map(({ article }) => article);
    expect(copies.length).toBeGreaterThan(300);
    expect(exact.length).toBeGreaterThan(100);
    expect(copies.length - exact.length).toBeGreaterThan(100);
    expect(revisits.filter((a) => a.pubStatus === 'canceled').length).toBeGreaterThan(20);
    expect(revisits.filter((a) => a.body.includes('Обновление')).length).toBeGreaterThan(100);
  });
});
