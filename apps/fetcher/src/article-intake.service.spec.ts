import { articleId, parseRawArticle } from '@app/contracts';
import { createHash } from 'node:crypto';
import { payloadHashOf, toRawArticle } from './article-intake.service.js';
import type { IntakeItem } from './intake-item.js';

describe('toRawArticle', () => {
  const payload = Buffer.from('{"the":"original bytes"}');
  const item: IntakeItem = {
    externalId: 'X-1',
    title: 'Заголовок',
    body: 'Текст',
    publishedAt: '2026-11-25T10:00:00+03:00',
    version: 1,
    pubStatus: 'usable',
  };
  const receipt = {
    format: 'native-json',
    payloadHash: payloadHashOf(payload),
    receivedAt: new Date('2026-11-25T07:00:01Z'),
  };

  it('derives the id from the authenticated source and records lineage', () => {
    const raw = toRawArticle('tass', item, receipt);
    expect(raw).toMatchObject({
      id: articleId('tass', 'X-1'),
      source: 'tass',
      version: 1,
      pubStatus: 'usable',
      receivedAt: '2026-11-25T07:00:01.000Z',
      lineage: { format: 'native-json', payloadHash: createHash('sha256').update(payload).digest('hex') },
    });
    expect(raw).not.toHaveProperty('url');
  });

  it('produces a message that satisfies the raw topic contract', () => {
    const raw = toRawArticle(
      'tass',
      { ...item, url: 'https://tass.ru/x', lang: 'ru', sourceIds: { guid: 'g-1' } },
      receipt,
    );
    expect(parseRawArticle(Buffer.from(JSON.stringify(raw)))).toEqual(raw);
  });
});
