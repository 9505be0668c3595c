import { articleId, uuidV5 } from './article-id.js';

describe('uuidV5', () => {
  it('matches the RFC 9562 reference value for the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('articleId', () => {
  it('is stable for the same source and external id', () => {
    expect(articleId('tass', 'A-1')).toBe(articleId('tass', 'A-1'));
  });

  it('is a version 5 UUID', () => {
    expect(articleId('tass', 'A-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('cannot be collided by moving characters between source and external id', () => {
    expect(articleId('ab', 'c')).not.toBe(articleId('a', 'bc'));
    expect(articleId('tass', 'A-1')).not.toBe(articleId('ria', 'A-1'));
  });
});
