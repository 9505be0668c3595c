import { chunkBySize, recordBytes } from './outbound-message.js';

const message = (bytes: number, key = 'k') => ({ key, value: 'x'.repeat(bytes) });

describe('chunkBySize', () => {
  it('keeps every chunk within the limit and the messages in order', () => {
    const messages = [message(400, 'a'), message(400, 'b'), message(400, 'c'), message(100, 'd')];
    const chunks = chunkBySize(messages, 1_000);
    expect(chunks.map((c) => c.map((m) => m.key))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives a message larger than the limit a chunk of its own', () => {
    expect(chunkBySize([message(10), message(5_000), message(10)], 1_000).map((c) => c.length)).toEqual([1, 1, 1]);
  });

  it('counts bytes, not characters', () => {
    const cyrillic = [
      { key: 'a', value: 'я'.repeat(300) },
      { key: 'b', value: 'я'.repeat(300) },
    ];
    expect(chunkBySize(cyrillic, 1_000)).toHaveLength(2);
  });

  it('returns nothing for nothing', () => {
    expect(chunkBySize([], 1_000)).toEqual([]);
  });
});

describe('recordBytes', () => {
  it('counts the value, the key and every header name and value in UTF-8 bytes', () => {
    expect(recordBytes({ key: 'k', value: 'яя', headers: { a: 'bc', d: ['e', Buffer.from('fg')] } })).toBe(
      4 + 1 + (1 + 2) + (1 + 1) + (1 + 2),
    );
  });
});
