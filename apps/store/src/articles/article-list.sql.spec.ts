import { articleListQuery } from './article-list.sql.js';
import { searchConfigOf } from './search-config.js';

describe('articleListQuery', () => {
  it('passes every filter value as a parameter, never in the SQL text', () => {
    const hostile = "x'); DROP TABLE articles; --";
    const { sql, values } = articleListQuery({ source: hostile, q: hostile, lang: 'ru', limit: 20 });
    expect(sql).not.toContain('DROP');
    expect(values).toEqual([hostile, 'ru', hostile, 'russian', 21]);
  });

  it('walks the entity link index, in its order, when filtering by entity', () => {
    const { sql } = articleListQuery({
      entityKey: '0c5f6a99-7224-5bf5-83c4-d5821a2c8586',
      after: ['2026-11-25T10:00:00.000000Z', '0c5f6a99-7224-5bf5-83c4-d5821a2c8586'],
      limit: 5,
    });
    expect(sql).toContain('JOIN article_entities l');
    expect(sql).toMatch(/ORDER BY l\.published_at DESC, l\.article_id DESC/);
    expect(sql).toMatch(/\(l\.published_at, l\.article_id\) < \(\$\d+::timestamptz, \$\d+::uuid\)/);
  });

  it('filters metadata by JSON containment parameters, and escapes LIKE wildcards in a byline', () => {
    const { sql, values } = articleListQuery({ subject: 'medtop:11000000', urgency: 2, byline: '100%_sure', limit: 5 });
    expect(sql).toContain('a.metadata @> $1::jsonb OR a.metadata @> $2::jsonb');
    expect(values).toEqual([
      '{"subjects":[{"code":"medtop:11000000"}]}',
      '{"subjects":[{"uri":"medtop:11000000"}]}',
      2,
      '{"people":[{"name":"100%_sure"}]}',
      '%100\\%\\_sure%',
      6,
    ]);
  });

  it("searches the russian and simple configurations without a language, the language's one with", () => {
    expect(articleListQuery({ q: 'налоги', limit: 1 }).sql).toMatch(/'russian'.*'simple'/s);
    expect(articleListQuery({ q: 'tax', lang: 'en-GB', limit: 1 }).values).toContain('english');
  });
});

describe('searchConfigOf', () => {
  it.each([
    ['ru', 'russian'],
    ['ru-RU', 'russian'],
    ['en', 'english'],
    ['en-GB', 'english'],
    ['EN', 'english'],
    ['tt', 'simple'],
    ['und', 'simple'],
  ])('indexes %s with %s', (lang, config) => {
    expect(searchConfigOf(lang)).toBe(config);
  });
});
