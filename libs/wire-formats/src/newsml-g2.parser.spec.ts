import { readFileSync } from 'node:fs';
import { parseNewsmlG2 } from './newsml-g2.parser.js';
import { parseXmlTree } from './xml-tree.parser.js';

const fixture = (name: string) =>
  parseXmlTree(readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url), 'utf8'));

describe('parseNewsmlG2', () => {
  it('maps a newsItem in Russian: guid, version, embargo, language, canonical link and XHTML paragraphs', () => {
    const document = parseNewsmlG2(fixture('newsml-g2-newsitem-ru.xml'));
    expect(document.format).toBe('newsml-g2');
    expect(document.items).toEqual([
      {
        index: 0,
        item: {
          externalId: 'urn:newsml:tass.ru:20261125:wire-g2-ru',
          version: 2,
          title: 'Сбербанк снизил ставки по ипотеке на 0,5 процентного пункта',
          body: expect.stringMatching(
            /^<p>Сбербанк с 1 декабря .*0,5\u00a0п\.п\.<\/p>\s*<p>Об этом сообщил .* &amp; пресс-служба\.<\/p>$/,
          ),
          url: 'https://tass.ru/ekonomika/wire-g2-ru',
          publishedAt: '2026-11-25T11:00:00+03:00',
          publishedAtSource: { field: 'firstCreated', fallback: false },
          versionCreated: '2026-11-25T11:20:00+03:00',
          embargoedUntil: '2026-11-25T14:00:00+03:00',
          pubStatus: 'usable',
          lang: 'ru',
          sourceIds: { guid: 'urn:newsml:tass.ru:20261125:wire-g2-ru', local: 'TASS-884300' },
          metadata: { copyright: { holder: 'ТАСС' } },
        },
      },
    ]);
  });

  it('maps every newsItem of a newsMessage, passes a kill on and rejects other item kinds in place', () => {
    const { items } = parseNewsmlG2(fixture('newsml-g2-newsmessage-en.xml'));
    expect(items).toMatchObject([
      {
        index: 0,
        item: {
          externalId: 'urn:newsml:example.com:20261125:wire-g2-en-1',
          body: expect.stringContaining('Artemis III crew on December 9'),
          lang: 'en-US',
          pubStatus: 'usable',
          publishedAt: '2026-11-25T11:50:00Z',
        },
      },
      {
        index: 1,
        item: { version: 4, pubStatus: 'canceled', body: '<p>Editors: this story is killed. Do not use.</p>' },
      },
      { index: 2, error: { code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('packageItem') } },
    ]);
  });

  it('reads a withheld status given by uri, and reports a missing headline as a field error', () => {
    const root = parseXmlTree(
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g-1" version="1"><itemMeta><versionCreated>2026-11-25T11:50:00Z</versionCreated>
       <pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/withheld"/></itemMeta><contentSet><inlineData>Текст</inlineData></contentSet></newsItem>`,
    );
    expect(parseNewsmlG2(root).items).toMatchObject([
      { index: 0, error: { code: 'VALIDATION_FAILED', errors: [{ field: 'title' }] } },
    ]);
    const withTitle = parseXmlTree(
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g-1" version="1"><itemMeta><versionCreated>2026-11-25T11:50:00Z</versionCreated>
       <pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/withheld"/></itemMeta><contentMeta><headline>З</headline></contentMeta><contentSet><inlineData>Текст</inlineData></contentSet></newsItem>`,
    );
    expect(parseNewsmlG2(withTitle).items).toMatchObject([{ item: { pubStatus: 'withheld' } }]);
  });
});
