import type { ArticleRow, LinkedEntityRow } from '../articles/article.view.js';

/** An article with every kind of wire metadata, as the query repository reads it. */
export function row(overrides: Partial<ArticleRow> = {}): ArticleRow {
  return {
    id: '0b6f3c1e-2a4d-4f7e-9c1a-5d2e8f4a6b7c',
    source: 'tass',
    external_id: 'tass-1',
    version: 2,
    status: 'active',
    pub_status: 'usable',
    title: 'Налоги в Татарстане',
    text: 'В столице Татарстана Рустам Минниханов говорил о налогах.',
    lang: 'ru',
    url: 'https://tass.example/1',
    canonical_url: null,
    published_at: new Date('2026-11-25T05:00:00Z'),
    embargoed_until: new Date('2026-11-25T04:00:00Z'),
    received_at: new Date('2026-11-25T05:00:01Z'),
    processed_at: new Date('2026-11-25T05:00:02Z'),
    stored_at: new Date('2026-11-25T05:00:03Z'),
    content_hash: 'a'.repeat(64),
    story_id: '0b6f3c1e-2a4d-4f7e-9c1a-5d2e8f4a6b7c',
    duplicate: 'unique',
    processor_version: '0.1.0',
    model_version: 'm',
    metadata: {
      subjects: [
        { code: 'medtop:20000344', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000344', name: 'taxation' },
        { code: 'agency:economy' },
        { uri: 'not a uri', name: 'loose' },
      ],
      genres: [{ code: 'genre:Current', uri: 'http://cv.iptc.org/newscodes/genre/Current' }],
      urgency: 3,
      people: [{ name: 'Анна Петрова', role: 'author' }],
      summary: 'Коротко.',
      headlines: [{ role: 'subheadline', value: 'Подзаголовок' }],
      located: { name: 'Казань' },
      copyright: { holder: 'TASS', notice: '© TASS' },
      usageTerms: 'Subscribers only',
      media: [
        { href: 'https://tass.example/1.jpg', kind: 'picture', type: 'image/jpeg', width: 800, height: 600 },
        { href: 'relative/2.mp3', kind: 'other', caption: 'Звук' },
      ],
    },
    ...overrides,
  };
}

/** One entity of each type the ninjs output lists. */
export const entities: LinkedEntityRow[] = [
  { key: '11111111-1111-4111-8111-111111111111', type: 'PER', name: 'Рустам Минниханов', count: 1, mentions: [] },
  { key: '22222222-2222-4222-8222-222222222222', type: 'LOC', name: 'Татарстан', count: 1, mentions: [] },
  { key: '33333333-3333-4333-8333-333333333333', type: 'ORG', name: 'ТАСС', count: 1, mentions: [] },
];
