import { decodeNativeJson } from './native-json.decoder.js';

const article = {
  source: 'tass',
  externalId: '1',
  title: 'Заголовок',
  body: 'Текст',
  publishedAt: '2026-11-25T10:00:00Z',
};

describe('decodeNativeJson', () => {
  it('decodes one article with defaults', () => {
    expect(decodeNativeJson(article, 'tass')).toEqual({
      format: 'native-json',
      items: [
        {
          index: 0,
          item: {
            externalId: '1',
            title: 'Заголовок',
            body: 'Текст',
            publishedAt: '2026-11-25T10:00:00Z',
            version: 1,
            pubStatus: 'usable',
          },
        },
      ],
    });
  });

  it('keeps the good items of a batch and reports the bad ones by position', () => {
    const decoded = decodeNativeJson([article, { ...article, title: '' }, { ...article, externalId: '3' }], 'tass');
    expect(decoded.format).toBe('native-json-batch');
    expect(decoded.items.map((i) => ('item' in i ? 'ok' : i.error.code))).toEqual(['ok', 'VALIDATION_FAILED', 'ok']);
  });

  it('refuses the whole request when an item names another source', () => {
    expect(() => decodeNativeJson([article, { ...article, source: 'ria' }], 'tass')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN_SOURCE' }),
    );
  });
});

describe('decodeNativeJson: an empty batch', () => {
  it('is refused, not answered 202 with nothing in it', () => {
    expect(() => decodeNativeJson([], 'tass')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
