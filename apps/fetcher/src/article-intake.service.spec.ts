import { articleId, parseRawArticle } from '@app/contracts';
import { createHash } from 'node:crypto';
import { toRawArticle } from './article-intake.service.js';

describe('toRawArticle', () => {
  const payload = Buffer.from('{"the":"original bytes"}');
  const submission = { source: 'tass', externalId: 'X-1', title: 'Заголовок', body: 'Текст', publishedAt: '2026-11-25T10:00:00+03:00' };

  it('derives the id, defaults version and status, and records lineage', () => {
    const raw = toRawArticle(submission, { format: 'native-json', payload, receivedAt: new Date('2026-11-25T07:00:01Z') });
    expect(raw).toMatchObject({
      id: articleId('tass', 'X-1'),
      version: 1,
      pubStatus: 'usable',
      receivedAt: '2026-11-25T07:00:01.000Z',
      lineage: { format: 'native-json', payloadHash: createHash('sha256').update(payload).digest('hex') },
    });
    expect(raw).not.toHaveProperty('url');
  });

  it('produces a message that satisfies the raw topic contract', () => {
    const raw = toRawArticle({ ...submission, url: 'https://tass.ru/x', lang: 'ru' }, { format: 'native-json', payload, receivedAt: new Date() });
    expect(parseRawArticle(Buffer.from(JSON.stringify(raw)))).toEqual(raw);
  });
});
