import { readFileSync } from 'node:fs';
import { parseAtom } from './atom.parser.js';
import { parseXmlTree } from './xml-tree.parser.js';

const fixture = (name: string) =>
  parseXmlTree(readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url), 'utf8'));

describe('parseAtom', () => {
  it('maps an English entry with XHTML content: id, alternate link, published and updated', () => {
    expect(parseAtom(fixture('atom-en.xml'))).toEqual({
      format: 'atom',
      items: [
        {
          index: 0,
          item: {
            externalId: 'tag:science.example.com,2026:wire-atom-en-1',
            title: 'Webb telescope spots water vapour on a rocky exoplanet',
            body: '<p>Astronomers using the James Webb Space Telescope found signs of water vapour.</p><p>The planet orbits a red dwarf 40 light years away.</p>',
            url: 'https://science.example.com/2026/webb-water',
            publishedAt: '2026-11-25T12:00:00Z',
            publishedAtSource: { field: 'published', fallback: false },
            versionCreated: '2026-11-25T12:30:00Z',
            lang: 'en',
            version: 1,
            pubStatus: 'usable',
            sourceIds: { id: 'tag:science.example.com,2026:wire-atom-en-1' },
            metadata: { summary: 'Astronomers found signs of water vapour.' },
          },
        },
      ],
    });
  });

  it('maps Russian entries with HTML content, falls back to updated and summary, and honours entry xml:lang', () => {
    expect(parseAtom(fixture('atom-ru.xml')).items).toMatchObject([
      {
        item: {
          body: '<p>Учёные МФТИ охладили атомы рубидия до 50 пиконанокельвин.</p><p>Результаты опубликованы в журнале Physical Review Letters.</p>',
          publishedAt: '2026-11-25T12:45:00+03:00',
          lang: 'ru',
          url: 'https://nauka.example.ru/2026/kondensat',
        },
      },
      { item: { body: 'MIPT researchers cooled rubidium atoms to a record low.', lang: 'en' } },
    ]);
  });

  it('maps a lone entry document', () => {
    const entry = parseXmlTree(
      '<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:e:1</id><title>T</title><updated>2026-11-25T12:00:00Z</updated><content>Body</content></entry>',
    );
    expect(parseAtom(entry).items).toMatchObject([{ item: { externalId: 'urn:e:1', body: 'Body' } }]);
  });
});
