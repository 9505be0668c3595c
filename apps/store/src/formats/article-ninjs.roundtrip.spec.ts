import { decodeWireDocument } from '@app/wire-formats';
import { entities, row } from './article-ninjs.fixture.js';
import { toNinjs } from './article-ninjs.view.js';
import { toNinjs3 } from './article-ninjs3.view.js';

/** The store's ninjs read back by the pipeline's own ninjs intake, as a subscriber's system would read it. */
function readBack(item: object): { format: string; item: unknown } {
  const document = decodeWireDocument('application/ninjs+json', Buffer.from(JSON.stringify(item)));
  const [entry] = document.items;
  return { format: document.format, item: entry !== undefined && 'item' in entry ? entry.item : entry };
}

describe('ninjs output read back by the ninjs intake', () => {
  it.each([
    ['2.4', 'ninjs-2', toNinjs(row(), entities)],
    ['3.3', 'ninjs-3', toNinjs3(toNinjs(row(), entities))],
  ])('keeps an article and its metadata through ninjs %s', (_version, format, item) => {
    const read = readBack(item);
    expect(read.format).toBe(format);
    expect(read.item).toMatchObject({
      title: 'Налоги в Татарстане',
      body: expect.stringContaining('Рустам Минниханов') as unknown,
      lang: 'ru',
      version: 2,
      pubStatus: 'usable',
      embargoedUntil: '2026-11-25T04:00:00.000Z',
      metadata: {
        urgency: 3,
        byline: 'Анна Петрова',
        summary: 'Коротко.',
        located: { name: 'Казань' },
        copyright: { holder: 'TASS', notice: '© TASS' },
        usageTerms: 'Subscribers only',
        subjects: expect.arrayContaining([
          expect.objectContaining({ code: 'medtop:20000344', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000344' }),
        ]) as unknown,
        media: [expect.objectContaining({ href: 'https://tass.example/1.jpg', type: 'image/jpeg', width: 800 })],
      },
    });
  });
});
