import { readFileSync } from 'node:fs';
import { looksLikeNinjs, parseNinjs } from './ninjs.parser.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url), 'utf8'));

describe('parseNinjs', () => {
  it('maps a ninjs 1.x article in Russian, keeping the agency ids and the version', () => {
    expect(parseNinjs(fixture('ninjs1-ru.json'))).toEqual({
      format: 'ninjs-1',
      items: [
        {
          index: 0,
          item: {
            externalId: 'urn:newsml:tass.ru:20261125:wire-ninjs1-ru',
            title: 'В Казани открыли новый мост через Казанку',
            body: expect.stringMatching(/^<p>В Казани в среду .*<\/p><p>Мэр города/),
            publishedAt: '2026-11-25T08:00:00+03:00',
            publishedAtSource: { field: 'publishedAt', fallback: false },
            versionCreated: '2026-11-25T08:40:00+03:00',
            lang: 'ru',
            version: 2,
            pubStatus: 'usable',
            sourceIds: { uri: 'urn:newsml:tass.ru:20261125:wire-ninjs1-ru', tassId: 'TASS-884211' },
            metadata: { urgency: 4 },
          },
        },
      ],
    });
  });

  it('takes body_text, the embargo and versioncreated as the publication time when firstcreated is absent', () => {
    const [decoded] = parseNinjs(fixture('ninjs1-en.json')).items;
    expect(decoded).toMatchObject({
      item: {
        body: expect.stringContaining('\n\nGovernor'),
        embargoedUntil: '2026-11-25T12:00:00Z',
        publishedAt: '2026-11-25T06:10:00Z',
        lang: 'en-GB',
        version: 1,
      },
    });
  });

  it('maps a ninjs 2.x batch: main headline and body, canonical link, altids, and a kill', () => {
    const document = parseNinjs(fixture('ninjs2-en-batch.json'));
    expect(document.format).toBe('ninjs-2');
    expect(document.items).toMatchObject([
      {
        index: 0,
        item: {
          title: 'Airbus delivers its first A321XLR to a Canadian airline',
          url: 'https://example.com/business/airbus-a321xlr',
          version: 3,
          sourceIds: { uri: 'urn:example:reuters:wire-ninjs2-en-1', reutersId: 'RTR-552190' },
        },
      },
      {
        index: 1,
        item: {
          externalId: 'urn:example:reuters:wire-ninjs2-en-2',
          pubStatus: 'canceled',
          version: 2,
          publishedAt: '2026-11-25T09:45:00Z',
        },
      },
    ]);
  });

  it('maps a ninjs 2.x article in Russian with a plain-text body', () => {
    const [decoded] = parseNinjs(fixture('ninjs2-ru.json')).items;
    expect(decoded).toMatchObject({
      item: {
        title: expect.stringContaining('«Князя Игоря»'),
        body: expect.stringContaining('\n\nДирижёр'),
        lang: 'ru',
      },
    });
  });

  it('rejects an item without a headline in its place, and a bad version as a field error', () => {
    const document = parseNinjs([
      { uri: 'urn:x:1', versioncreated: '2026-11-25T10:00:00Z', body_text: 'Текст' },
      { uri: 'urn:x:2', headline: 'З', body_text: 'Т', versioncreated: '2026-11-25T10:00:00Z', version: 'v2' },
    ]);
    expect(document.items).toMatchObject([
      { index: 0, error: { code: 'VALIDATION_FAILED', errors: [{ field: 'title', message: 'is required' }] } },
      { index: 1, error: { code: 'VALIDATION_FAILED', errors: [{ field: 'version' }] } },
    ]);
  });

  it('refuses a document that is not an object or an array of objects', () => {
    expect(() => parseNinjs('uri')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });
});

describe('looksLikeNinjs', () => {
  it('is true for an object (or a batch) with uri and no native externalId', () => {
    expect(looksLikeNinjs(fixture('ninjs1-ru.json'))).toBe(true);
    expect(looksLikeNinjs(fixture('ninjs2-en-batch.json'))).toBe(true);
    expect(looksLikeNinjs({ uri: 'urn:x', externalId: '1' })).toBe(false);
    expect(looksLikeNinjs({ externalId: '1' })).toBe(false);
  });
});

describe('parseNinjs: ninjs 3.x and metadata', () => {
  it('reads a ninjs 3.0 item (camelCase) with every metadata field it carries', () => {
    const document = parseNinjs(fixture('ninjs3-en.json'));
    expect(document.format).toBe('ninjs-3');
    expect(document.items[0]).toEqual({
      index: 0,
      item: {
        externalId: 'urn:example:wire:ninjs3-en-1',
        title: 'Parliament passes the port reform bill after an all-night session',
        body: expect.stringContaining('<p>Parliament passed the port reform bill'),
        publishedAt: '2026-11-25T10:00:00Z',
        publishedAtSource: { field: 'publishedAt', fallback: false },
        versionCreated: '2026-11-25T10:05:00Z',
        lang: 'en',
        version: 1,
        pubStatus: 'usable',
        sourceIds: { uri: 'urn:example:wire:ninjs3-en-1', wireId: 'EXW-1001' },
        metadata: {
          subjects: [
            { code: 'medtop:11000000', uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000', name: 'politics' },
            { code: 'medtop:20000621', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000621', name: 'parliament' },
            { code: 'ports', uri: 'https://example.com/vocab/ports', name: 'Ports' },
          ],
          genres: [{ code: 'genre:Current', uri: 'http://cv.iptc.org/newscodes/genre/Current', name: 'Current' }],
          urgency: 2,
          byline: 'By Anna Petrova and John Smith',
          people: [
            { name: 'Anna Petrova', role: 'author', uri: 'https://example.com/staff/apetrova' },
            { name: 'John Smith', role: 'contributor' },
          ],
          summary: 'Lawmakers approved the bill by 212 votes to 180.',
          headlines: [{ role: 'subheadline', value: 'Opposition walks out before the final vote' }],
          located: { name: 'Oslo' },
          copyright: { holder: 'Example Wire', notice: '(c) 2026 Example Wire. All rights reserved.' },
          usageTerms: 'No archiving; no resale.',
          media: [
            {
              href: 'https://media.example.com/p/ninjs3-en-1.jpg',
              kind: 'picture',
              type: 'image/jpeg',
              rel: 'highres',
              size: 2456789,
              width: 3000,
              height: 2000,
              caption: 'Members of parliament vote in Oslo.',
              credit: 'Photo: Kari Nordmann',
            },
          ],
        },
      },
    });
  });

  it('reads a ninjs 3.x kill: pubStatus canceled, firstCreated as the publication time', () => {
    const document = parseNinjs(fixture('ninjs3-en-kill.json'));
    expect(document).toMatchObject({
      format: 'ninjs-3',
      items: [{ item: { pubStatus: 'canceled', version: 2, publishedAt: '2026-11-25T10:00:00Z' } }],
    });
  });

  it('knows ninjs 3.x by its standard version without a $schema', () => {
    const item = { uri: 'urn:x:3', standard: { name: 'ninjs', version: '3.1' }, headlines: [{ value: 'H' }] };
    expect(parseNinjs(item).format).toBe('ninjs-3');
  });

  it('keeps 1.x subjects (scheme and code) and drops metadata that breaks the contract, not the article', () => {
    const [decoded] = parseNinjs({
      uri: 'urn:x:1',
      headline: 'Заголовок',
      body_text: 'Текст',
      versioncreated: '2026-11-25T10:00:00Z',
      urgency: 12,
      subject: [{ name: 'экономика', scheme: 'http://cv.iptc.org/newscodes/subjectcode/', code: '04000000' }, {}],
      byline: '  ',
    }).items;
    expect(decoded).toMatchObject({
      item: {
        metadata: {
          subjects: [
            {
              code: 'subj:04000000',
              uri: 'http://cv.iptc.org/newscodes/subjectcode/04000000',
              scheme: 'http://cv.iptc.org/newscodes/subjectcode/',
            },
          ],
        },
      },
    });
    expect(Object.keys((decoded as { item: { metadata: object } }).item.metadata)).toEqual(['subjects']);
  });
});
