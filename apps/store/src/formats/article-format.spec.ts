import { AppError } from '@app/errors';
import { articleFormat } from './article-format.js';

describe('articleFormat', () => {
  it.each([
    [undefined, undefined, 'json'],
    [undefined, '', 'json'],
    [undefined, 'application/json', 'json'],
    [undefined, '*/*', 'json'],
    [undefined, 'text/html, */*;q=0.8', 'json'],
    [undefined, 'application/ninjs+json', 'ninjs'],
    [undefined, 'application/ninjs+json; version=2', 'ninjs'],
    [undefined, 'application/ninjs+json;version="2.4"', 'ninjs'],
    [undefined, 'application/ninjs+json; version=3', 'ninjs3'],
    [undefined, 'application/ninjs+json; version="3.1"', 'ninjs3'],
    [undefined, 'application/ninjs+json; version=3, application/json;q=0.5', 'ninjs3'],
    [undefined, 'application/ninjs+json; version=1, application/json;q=0.5', 'json'],
    [undefined, 'application/ninjs+json;version=2;q=0.4, application/ninjs+json;version=3;q=0.6', 'ninjs3'],
    [undefined, 'application/json, application/ninjs+json', 'json'],
    [undefined, 'application/json;q=0.5, application/ninjs+json', 'ninjs'],
    [undefined, 'application/ninjs+json;q=0, */*;q=0.1', 'json'],
    ['json', 'application/ninjs+json', 'json'],
    ['ninjs', 'application/json', 'ninjs'],
    ['ninjs3', 'text/html', 'ninjs3'],
  ] as const)('format=%s with Accept %s is %s', (format, accept, expected) => {
    expect(articleFormat(format, accept)).toBe(expected);
  });

  it.each([
    'application/ninjs+json; version=1',
    'application/ninjs+json; version=4',
    'text/html',
    'application/ninjs+json;q=0',
  ])('refuses Accept %s, which names no format served, with NOT_ACCEPTABLE', (accept) => {
    expect(refusal(accept)).toBe('NOT_ACCEPTABLE');
  });
});

function refusal(accept: string): string | undefined {
  try {
    articleFormat(undefined, accept);
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}
