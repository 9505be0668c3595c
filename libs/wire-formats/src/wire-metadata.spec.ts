import { readFileSync } from 'node:fs';
import { decodeWireDocument } from './wire-document.decoder.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url));
const metadataOf = (name: string) => {
  const [decoded] = decodeWireDocument('application/xml', fixture(name)).items;
  return decoded && 'item' in decoded ? decoded.item.metadata : undefined;
};

describe('metadata of the XML formats', () => {
  it('RSS with Dublin Core, Media RSS, content:encoded and iTunes', () => {
    expect(metadataOf('rss-en-metadata.xml')).toMatchObject({
      subjects: [
        { code: 'medtop:04000000', uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000' },
        { code: 'Shipping', name: 'Shipping' },
        { name: 'Ports' },
      ],
      keywords: ['cranes', 'electrification'],
      byline: 'Lena Berg',
      people: [
        { name: 'Lena Berg', role: 'author', email: 'desk@wire.example.com' },
        { name: 'Lena Berg', role: 'creator' },
        { name: 'Omar Haddad', role: 'contributor' },
      ],
      summary: 'The order is worth 90 million euros.',
      copyright: { notice: '(c) 2026 Example Wire' },
      usageTerms: 'Editorial use only',
      media: [
        { kind: 'audio', type: 'audio/mpeg', rel: 'enclosure', size: 1048576, duration: 3723 },
        { kind: 'picture', width: 1600, height: 900, size: 345678, credit: 'Example Wire / Per Olsen' },
        { kind: 'picture', rel: 'thumbnail', href: 'https://media.example.com/p/rss-meta-1-thumb.jpg' },
      ],
    });
  });

  it('Atom categories, authors, contributors, rights, enclosures and Media RSS thumbnails', () => {
    expect(metadataOf('atom-en-metadata.xml')).toMatchObject({
      subjects: [{ code: 'medtop:13000000', name: 'science and technology' }, { code: 'astronomy' }],
      byline: 'Ingrid Dahl',
      people: [
        { name: 'Ingrid Dahl', role: 'author', email: 'idahl@wire.example.com' },
        { name: 'Tom Weller', role: 'contributor' },
      ],
      summary: expect.stringContaining('K2-18b'),
      copyright: { notice: '(c) 2026 Example Wire' },
      media: [
        { kind: 'video', size: 52428800, caption: 'Briefing video' },
        { kind: 'picture', rel: 'thumbnail' },
      ],
    });
  });

  it('NewsML-G2 content and rights metadata, remote content and media links', () => {
    expect(metadataOf('newsml-g2-en-metadata.xml')).toMatchObject({
      subjects: [
        { code: 'medtop:11000000', name: 'politics', lang: 'en' },
        { code: 'subj:11003000', uri: 'http://cv.iptc.org/newscodes/subjectcode/11003000' },
      ],
      keywords: ['election', 'coalition'],
      genres: [{ code: 'genre:Exclusive' }],
      urgency: 1,
      byline: 'By Anna Petrova',
      people: [
        { name: 'Anna Petrova', role: 'author' },
        { name: 'Kari Nordmann', role: 'photographer' },
      ],
      summary: 'The finance minister stepped down after an audit.',
      headlines: [{ role: 'short', value: 'Minister resigns' }],
      dateline: 'OSLO, Nov 25',
      located: { code: 'geo:3143244', name: 'Oslo' },
      copyright: { holder: 'Example Wire', notice: expect.stringContaining('Copyright 2026') },
      usageTerms: 'Not for use in advertising.',
      media: [
        { kind: 'audio', size: 2097152, duration: 95 },
        { kind: 'picture', width: 2000, caption: 'The minister at the podium' },
      ],
    });
  });

  it('NITF subjects, keywords, urgency, byline, abstract, dateline, rights and media', () => {
    expect(metadataOf('nitf-en-metadata.xml')).toMatchObject({
      subjects: [{ code: 'subj:06000000' }, { code: 'subj:17004000', name: 'weather warning' }],
      keywords: ['Thames', 'flooding'],
      genres: [{ name: 'Current' }],
      urgency: 3,
      byline: 'By Sam Carter, Environment Correspondent',
      people: [
        { name: 'Sam Carter', role: 'author' },
        { name: 'PA Media', role: 'distributor' },
      ],
      summary: 'The Thames Barrier closed ahead of a high tide.',
      headlines: [{ role: 'subheadline', value: 'Tides expected to peak overnight' }],
      dateline: 'London, Nov 25',
      located: { name: 'London' },
      copyright: { holder: 'PA Media', notice: '© 2026 PA Media' },
      usageTerms: 'UK and Ireland only',
      media: [{ kind: 'picture', caption: 'The barrier gates raised at Woolwich.', credit: 'PA Wire / Jo Green' }],
    });
  });

  it('leaves an item without metadata without the field', () => {
    expect(metadataOf('nitf-en.xml')).toEqual({
      headlines: [{ role: 'subheadline', value: 'Points deduction ruled out' }],
    });
    const [item] = decodeWireDocument('application/rss+xml', fixture('rss-en-mixed.xml')).items;
    expect(item).toHaveProperty('item');
    expect(item).not.toHaveProperty('item.metadata');
  });
});
