import { AppError } from '@app/errors';
import {
  decodeArticleCursor,
  decodeEntityCursor,
  decodeRankCursor,
  encodeNext,
  toArticleFilter,
} from './article-filter.js';
import { entityKey } from '../write/entity-key.js';
import { ArticleListQuery } from '../query/query.params.js';
import { validateQuery } from '../query/query-validation.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    return (error as AppError).issues.map((i) => i.field);
  }
  throw new Error('expected a validation error');
}

describe('article list parameters', () => {
  const parse = (query: Record<string, string>) => toArticleFilter(validateQuery(ArticleListQuery, query));

  it('defaults the page size and caps it', () => {
    expect(parse({}).limit).toBe(20);
    expect(parse({ limit: '100' }).limit).toBe(100);
    expect(fieldsOf(() => parse({ limit: '101' }))).toEqual(['limit']);
    expect(fieldsOf(() => parse({ limit: '0' }))).toEqual(['limit']);
  });

  it('derives the entity key from a canonical name and type, or takes a key as it is', () => {
    expect(parse({ entity: 'Татарстан', entityType: 'LOC' }).entityKey).toBe(entityKey('LOC', 'Татарстан'));
    const key = entityKey('ORG', 'КАМАЗ');
    expect(parse({ entity: key.toUpperCase() }).entityKey).toBe(key);
    expect(fieldsOf(() => parse({ entity: 'Татарстан' }))).toEqual(['entityType']);
  });

  it('names every bad or unknown parameter', () => {
    expect(fieldsOf(() => parse({ status: 'gone', from: 'yesterday', lang: 'Russian', colour: 'red' }))).toEqual([
      'colour',
    ]);
    expect(fieldsOf(() => parse({ status: 'gone', from: 'yesterday', lang: 'Russian' })).sort()).toEqual([
      'from',
      'lang',
      'status',
    ]);
    expect(fieldsOf(() => parse({ from: '2026-11-25T00:00:00Z', to: '2026-11-24T00:00:00Z' }))).toEqual(['to']);
  });

  it('round-trips cursors and refuses forged ones naming the cursor', () => {
    const key: [string, string] = ['2026-11-25T10:00:00.123456Z', '0c5f6a99-7224-5bf5-83c4-d5821a2c8586'];
    expect(decodeArticleCursor(encodeNext(key)!)).toEqual(key);
    expect(decodeEntityCursor(encodeNext([42, key[1]])!)).toEqual([42, key[1]]);
    expect(fieldsOf(() => decodeArticleCursor(encodeNext(["2026-11-25'; DROP TABLE articles", key[1]])!))).toEqual([
      'cursor',
    ]);
    expect(fieldsOf(() => decodeArticleCursor('%%%'))).toEqual(['cursor']);
    expect(encodeNext(null)).toBeNull();
  });

  it('sorts by relevance when q is given unless sort=published, and refuses relevance without q', () => {
    expect(parse({ q: 'налоги' }).sort).toBe('relevance');
    expect(parse({ q: 'налоги', sort: 'published' }).sort).toBe('published');
    expect(parse({}).sort).toBe('published');
    expect(fieldsOf(() => parse({ sort: 'relevance' }))).toEqual(['sort']);
  });

  it('tells a cursor inside the ranked window from one past it, and refuses a forged rank', () => {
    const at = '2026-11-25T10:00:00.123456Z';
    const id = '0c5f6a99-7224-5bf5-83c4-d5821a2c8586';
    expect(decodeRankCursor(encodeNext(['0.3', at, id, at, id])!)).toEqual({
      rankAfter: { rank: '0.3', at, id, floor: [at, id] },
    });
    expect(decodeRankCursor(encodeNext(['1e-20', at, id])!)).toEqual({
      rankAfter: { rank: '1e-20', at, id, floor: null },
    });
    expect(decodeRankCursor(encodeNext([at, id])!)).toEqual({ after: [at, id] });
    expect(parse({ q: 'x', cursor: encodeNext([at, id])! }).after).toEqual([at, id]);
    expect(fieldsOf(() => decodeRankCursor(encodeNext(['0.3); DROP', at, id])!))).toEqual(['cursor']);
  });
});
