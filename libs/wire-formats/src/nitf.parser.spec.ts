import { readFileSync } from 'node:fs';
import { parseNitf } from './nitf.parser.js';
import { parseXmlTree } from './xml-tree.parser.js';

const fixture = (name: string) =>
  parseXmlTree(readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url), 'utf8'));

describe('parseNitf', () => {
  it('maps an NITF article in Russian: doc-id, du-key version, basic ISO date, xml:lang and paragraphs', () => {
    expect(parseNitf(fixture('nitf-ru.xml'))).toEqual({
      format: 'nitf',
      items: [
        {
          index: 0,
          item: {
            externalId: 'interfax-20261125-wire-nitf-ru',
            version: 3,
            title: 'Росавиация ограничила полёты в аэропорту Сочи',
            body: expect.stringMatching(
              /^<p>Ограничения .*<\/p>\s*<p>Задержаны шесть рейсов<br>на вылет и четыре на прилёт\.<\/p>$/,
            ),
            url: 'https://www.interfax.ru/russia/wire-nitf-ru',
            publishedAt: '2026-11-25T07:30:00+03:00',
            publishedAtSource: { field: 'date.issue', fallback: false },
            pubStatus: 'usable',
            lang: 'ru',
            sourceIds: { 'doc-id': 'interfax-20261125-wire-nitf-ru', regsrc: 'INTERFAX', 'du-key': 'sochi-airport' },
            metadata: expect.objectContaining({ urgency: 3, byline: 'Интерфакс', dateline: 'Сочи' }),
          },
        },
      ],
    });
  });

  it('maps an embargoed NITF article in English: usable until date.release, language from body', () => {
    const [decoded] = parseNitf(fixture('nitf-en.xml')).items;
    expect(decoded).toMatchObject({
      item: {
        pubStatus: 'usable',
        embargoedUntil: '2026-11-25T14:00:00Z',
        publishedAt: '2026-11-25T09:15:00Z',
        lang: 'en-GB',
        version: 1,
        title: 'Premier League club fined for breaching financial rules',
      },
    });
    expect('item' in decoded! && decoded.item.body).toContain(
      '<block><p>The club said it would not appeal.</p></block>',
    );
  });

  it('passes a canceled management status on as a kill', () => {
    const root = parseXmlTree(
      '<nitf><head><docdata management-status="canceled"><doc-id id-string="k-1"/><date.issue norm="20261125T091500Z"/><du-key version="2"/></docdata></head><body><body.head><hedline><hl1>KILL</hl1></hedline></body.head><body.content><p>Do not use.</p></body.content></body></nitf>',
    );
    expect(parseNitf(root).items).toMatchObject([{ item: { externalId: 'k-1', pubStatus: 'canceled', version: 2 } }]);
  });
});
