import { AppError } from '@app/errors';
import { parseArticleSubmission, parseRawArticle } from './contract.parser.js';

const valid = {
  source: 'tass',
  externalId: '2026-11-25-001',
  title: 'Казань приняла делегацию',
  body: '<p>Текст</p>',
  publishedAt: '2026-11-25T10:00:00+03:00',
};

function issuesOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return Object.fromEntries((error as AppError).issues.map((i) => [i.field, i.message]));
  }
  throw new Error('expected a validation error');
}

describe('parseArticleSubmission', () => {
  it('accepts a minimal article and keeps optional fields optional', () => {
    expect(parseArticleSubmission(valid)).toEqual(valid);
    expect(parseArticleSubmission({ ...valid, url: 'https://example.org/a', lang: 'ru' }).lang).toBe('ru');
  });

  it('takes language tags in any case, as BCP 47 does, and writes them as the registry does', () => {
    const langOf = (lang: string) => parseArticleSubmission({ ...valid, lang }).lang;
    expect([langOf('RU'), langOf('en-gb'), langOf('SR-cyrl-rs'), langOf('es-419')]).toEqual([
      'ru',
      'en-GB',
      'sr-Cyrl-RS',
      'es-419',
    ]);
    expect(issuesOf(() => parseArticleSubmission({ ...valid, lang: 'russian language' }))).toHaveProperty('lang');
  });

  it('names every missing or empty field', () => {
    const issues = issuesOf(() => parseArticleSubmission({ source: 'tass', title: '  ' }));
    expect(issues).toEqual({
      externalId: 'is required',
      title: 'must not be empty',
      body: 'is required',
      publishedAt: 'is required',
    });
  });

  it.each([
    ['publishedAt', '25.11.2026'],
    ['publishedAt', '2026-11-25T10:00:00'],
    ['url', 'ftp://example.org/a'],
    ['lang', 'Russian'],
    ['source', 'TASS agency'],
  ])('rejects a bad %s (%s)', (field, value) => {
    expect(Object.keys(issuesOf(() => parseArticleSubmission({ ...valid, [field]: value })))).toEqual([field]);
  });

  it('rejects a body that is not an object', () => {
    expect(issuesOf(() => parseArticleSubmission('text'))).toHaveProperty('(root)');
  });
});

describe('parseRawArticle', () => {
  it('reports undecodable bytes and contract violations with distinct codes', () => {
    expect(() => parseRawArticle(Buffer.from([0xff, 0xfe]))).toThrow(
      expect.objectContaining({ code: 'UNDECODABLE_MESSAGE' }),
    );
    expect(() => parseRawArticle(null)).toThrow(expect.objectContaining({ code: 'UNDECODABLE_MESSAGE' }));
    expect(() => parseRawArticle(Buffer.from('{"id":"x"}'))).toThrow(
      expect.objectContaining({ code: 'CONTRACT_VIOLATION', retryable: false }),
    );
  });
});

describe('parseArticleSubmission: text the store could never hold', () => {
  const article = { source: 'tass', externalId: 'x', body: 'Текст', publishedAt: '2026-11-25T10:00:00+03:00' };

  it('refuses a title of markup alone', () => {
    expect(() => parseArticleSubmission({ ...article, title: '<b></b>' })).toThrow('must have visible text');
  });

  it('refuses NUL characters and dates outside the years 1 to 9999', () => {
    expect(() => parseArticleSubmission({ ...article, title: 'a\u0000b' })).toThrow('NUL');
    expect(() => parseArticleSubmission({ ...article, title: 'ok', publishedAt: '0000-01-01T00:00:00Z' })).toThrow(
      'years 1 to 9999',
    );
  });
});
