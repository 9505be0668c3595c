import { articleFormat } from './article-format.js';

describe('articleFormat', () => {
  it.each([
    [undefined, undefined, 'json'],
    [undefined, 'application/json', 'json'],
    [undefined, '*/*', 'json'],
    [undefined, 'application/ninjs+json', 'ninjs'],
    [undefined, 'application/ninjs+json; version=2', 'ninjs'],
    [undefined, 'application/ninjs+json;version="2.4"', 'ninjs'],
    [undefined, 'application/ninjs+json; version=3', 'json'],
    [undefined, 'application/json, application/ninjs+json', 'json'],
    [undefined, 'application/json;q=0.5, application/ninjs+json', 'ninjs'],
    [undefined, 'application/ninjs+json;q=0', 'json'],
    ['json', 'application/ninjs+json', 'json'],
    ['ninjs', 'application/json', 'ninjs'],
  ] as const)('format=%s with Accept %s is %s', (format, accept, expected) => {
    expect(articleFormat(format, accept)).toBe(expected);
  });
});
