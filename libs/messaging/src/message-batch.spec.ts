import { AppError } from '@app/errors';
import { DEAD_LETTER_HEADERS, toDeadLetter, withoutValue } from './dead-letter.js';
import { MessageBatch, type InboundMessage } from './message-batch.js';

const message = (offset: string, value: string | null): InboundMessage => ({
  topic: 'news.articles.raw.v1',
  partition: 3,
  offset,
  key: Buffer.from(`k${offset}`),
  value: value === null ? null : Buffer.from(value),
  headers: { traceparent: 'abc' },
  timestamp: '0',
});

const parseNumber = (bytes: Buffer | null): number => {
  const n = Number(bytes?.toString());
  if (Number.isNaN(n)) throw new AppError('CONTRACT_VIOLATION', 'not a number');
  return n;
};

describe('MessageBatch.parse', () => {
  it('returns the valid messages with their origin and records the invalid ones', () => {
    const batch = new MessageBatch([message('1', '10'), message('2', 'x'), message('3', '30')]);
    const parsed = batch.parse(parseNumber);
    expect(parsed.map((p) => [p.value, p.origin.offset])).toEqual([
      [10, '1'],
      [30, '3'],
    ]);
    expect(batch.rejected.map((r) => r.message.offset)).toEqual(['2']);
  });

  it('lets retryable parse failures escape, so the batch is retried rather than dead-lettered', () => {
    const batch = new MessageBatch([message('1', '1')]);
    expect(() =>
      batch.parse(() => {
        throw new AppError('DATABASE_UNAVAILABLE', 'down');
      }),
    ).toThrow('down');
    expect(batch.rejected).toHaveLength(0);
  });
});

describe('toDeadLetter', () => {
  it('keeps the original key, bytes and headers and adds the reason and source position', () => {
    const letter = toDeadLetter(
      message('42', '{oops'),
      new AppError('UNDECODABLE_MESSAGE', 'not JSON'),
      'processor',
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(letter.key).toEqual(Buffer.from('k42'));
    expect(letter.value.toString()).toBe('{oops');
    expect(letter.headers).toEqual({
      traceparent: 'abc',
      [DEAD_LETTER_HEADERS.code]: 'UNDECODABLE_MESSAGE',
      [DEAD_LETTER_HEADERS.reason]: 'not JSON',
      [DEAD_LETTER_HEADERS.topic]: 'news.articles.raw.v1',
      [DEAD_LETTER_HEADERS.partition]: '3',
      [DEAD_LETTER_HEADERS.offset]: '42',
      [DEAD_LETTER_HEADERS.group]: 'processor',
      [DEAD_LETTER_HEADERS.failedAt]: '2026-01-01T00:00:00.000Z',
    });
  });

  it('keeps a key that is not UTF-8 byte for byte, and gives a keyless message its coordinates', () => {
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x41]);
    expect(toDeadLetter({ ...message('7', 'x'), key: binary }, new Error('bad'), 'store').key).toEqual(binary);
    expect(toDeadLetter({ ...message('7', 'x'), key: null }, new Error('bad'), 'store').key).toBe(
      'news.articles.raw.v1:3:7',
    );
  });

  it('drops the value and the original headers from a letter that must shrink, saying how big the value was', () => {
    const letter = withoutValue(
      toDeadLetter(message('42', 'я'.repeat(10)), new Error('bad'), 'store', new Date('2026-01-01T00:00:00Z')),
    );
    expect(letter.value).toHaveLength(0);
    expect(letter.key).toEqual(Buffer.from('k42'));
    expect(letter.headers).not.toHaveProperty('traceparent');
    expect(letter.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.offset]: '42',
      [DEAD_LETTER_HEADERS.reason]: 'bad',
      [DEAD_LETTER_HEADERS.valueOmitted]: '20',
    });
  });
});
