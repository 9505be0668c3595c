import { readFileSync } from 'node:fs';
import { parseRss } from './rss.parser.js';
import { decodeXmlText } from './xml-charset.js';
import { parseXmlTree } from './xml-tree.parser.js';

const fixture = (name: string) =>
  parseXmlTree(decodeXmlText(readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url))));

describe('parseRss', () => {
  it('maps every item of a Russian channel, preferring content:encoded, and keeps the ttl', () => {
    const document = parseRss(fixture('rss-ru.xml'));
    expect(document).toMatchObject({ format: 'rss', ttlMinutes: 15 });
    expect(document.items).toEqual([
      {
        index: 0,
        item: {
          externalId: 'ural-wire-rss-ru-1',
          title: 'В Екатеринбурге запустили новую линию трамвая',
          body: '<p>Трамвай свяжет центр города с Академическим районом.</p><p>Первые вагоны вышли на линию в 6 утра.</p>',
          url: 'https://ural.example.ru/news/wire-rss-ru-1',
          publishedAt: '2026-11-25T04:00:00.000Z',
          publishedAtSource: { field: 'pubDate', fallback: false },
          lang: 'ru',
          version: 1,
          pubStatus: 'usable',
          sourceIds: { guid: 'ural-wire-rss-ru-1', link: 'https://ural.example.ru/news/wire-rss-ru-1' },
          metadata: { summary: 'Трамвай свяжет центр города с Академическим районом.' },
        },
      },
      {
        index: 1,
        item: expect.objectContaining({
          externalId: 'https://ural.example.ru/news/wire-rss-ru-2',
          body: '<p>Выпуск вырос на 4% за девять месяцев.</p>',
          publishedAt: '2026-11-25T05:30:00.000Z',
        }),
      },
    ]);
  });

  it('reports a bad item (here: no title) among good ones in its place', () => {
    const document = parseRss(fixture('rss-en-mixed.xml'));
    expect(document.ttlMinutes).toBeUndefined();
    expect(document.items.map((i) => ('item' in i ? i.item.externalId : i.error.code))).toEqual([
      'https://wire.example.com/world/wire-rss-en-1',
      'VALIDATION_FAILED',
      'https://wire.example.com/world/wire-rss-en-3',
    ]);
    const bad = document.items[1]!;
    expect('error' in bad && bad.error.errors?.map((e) => e.field)).toEqual(['title']);
    expect(document.items[0]).toMatchObject({ item: { lang: 'en-US', publishedAt: '2026-11-25T03:12:00.000Z' } });
  });

  it('reads a channel encoded in windows-1251', () => {
    expect(parseRss(fixture('rss-ru-windows-1251.xml')).items).toMatchObject([
      {
        item: {
          title: 'В Самаре отремонтируют набережную Волги',
          body: 'Работы начнутся весной и завершатся к осени.',
        },
      },
    ]);
  });
});
