import { parseRawArticle } from '@app/contracts';
import { normaliseText, normaliseTitle } from '@app/nlp';
import { toRawArticle } from './article-replay.js';

const stored = {
  id: '0c5f6a99-7224-5bf5-83c4-d5821a2c8586',
  source: 'tass',
  external_id: '2026-11-25-001',
  version: 3,
  pub_status: 'usable' as const,
  title: 'Казань приняла делегацию',
  text: 'Текст новости.\n\nВторой абзац.',
  url: 'https://example.org/a',
  lang: 'ru',
  published_at: new Date('2026-11-25T07:00:00.000Z'),
  embargoed_until: null,
  received_at: new Date('2026-11-25T07:00:01.000Z'),
  lineage: { format: 'native-json', payloadHash: 'b'.repeat(64), raw: { topic: 'x', partition: 0, offset: '1' } },
  sort_at: '2026-11-25T07:00:00.000000Z',
};

describe('toRawArticle', () => {
  it("keeps the agency's metadata, and adds none for a row stored without it", () => {
    const metadata = { urgency: 2, subjects: [{ code: 'medtop:11000000' }] };
    expect(toRawArticle({ ...stored, metadata }).metadata).toEqual(metadata);
    expect(toRawArticle({ ...stored, metadata: {} })).not.toHaveProperty('metadata');
  });

  it('keeps the date provenance, so a replay does not erase it, and adds none for a row without it', () => {
    const publishedAtSource = { field: 'receivedAt', fallback: true };
    expect(toRawArticle({ ...stored, published_at_source: publishedAtSource }).publishedAtSource).toEqual(
      publishedAtSource,
    );
    expect(toRawArticle({ ...stored, published_at_source: null })).not.toHaveProperty('publishedAtSource');
  });

  it('rebuilds a raw-topic message that keeps identity, version, status, dates and lineage', () => {
    const raw = toRawArticle(stored);
    expect(raw).toEqual({
      id: stored.id,
      source: 'tass',
      externalId: stored.external_id,
      version: 3,
      pubStatus: 'usable',
      title: stored.title,
      body: '<p>Текст новости.</p>\n<p>Второй абзац.</p>',
      url: stored.url,
      publishedAt: '2026-11-25T07:00:00.000Z',
      lang: 'ru',
      receivedAt: '2026-11-25T07:00:01.000Z',
      lineage: { format: 'native-json', payloadHash: 'b'.repeat(64) },
    });
    expect(parseRawArticle(Buffer.from(JSON.stringify(raw)))).toEqual(raw);
  });

  it('sends text and title that the processor normalises back to exactly what was stored', () => {
    for (const [title, text] of [
      [
        'AT&T и <press@tass.ru>',
        'Тег <br> и &lt; в тексте.\nВторая строка.\n\nУязвимость позволяет внедрить тег <script>. Подробности ниже.',
      ],
      ['Фото', ''],
      ['«Газпром» &amp; партнёры', 'Если a<b и c>d, то &amp;lt; остаётся &amp;lt;.'],
    ]) {
      const raw = toRawArticle({ ...stored, title, text });
      expect([normaliseTitle(raw.title), normaliseText(raw.body)]).toEqual([title, text]);
    }
  });

  it('keeps a kill a kill', () => {
    const raw = toRawArticle({ ...stored, pub_status: 'canceled', text: '', url: null, lang: 'und' });
    expect(raw).toMatchObject({ pubStatus: 'canceled' });
    expect(raw).not.toHaveProperty('url');
    expect(raw).not.toHaveProperty('lang');
  });

  it('refuses a row that no longer makes a valid raw article', () => {
    expect(() => toRawArticle({ ...stored, lineage: { format: 'native-json' } })).toThrow(
      expect.objectContaining({ code: 'CONTRACT_VIOLATION' }),
    );
  });
});
