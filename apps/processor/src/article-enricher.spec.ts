import { articleId, parseEnrichedArticle, type RawArticle } from '@app/contracts';
import type { InboundMessage } from '@app/messaging';
import { EXTRACT_TEXT_LIMIT } from '@app/contracts';
import { enrichArticle, extractable, fingerprintOf } from './article-enricher.js';
import { assignStory } from './story-matcher.js';
import type { EntityExtractor } from './entity-extractor.js';

const raw: RawArticle = {
  id: articleId('tass', 'X-1'),
  source: 'tass',
  externalId: 'X-1',
  version: 2,
  pubStatus: 'usable',
  title: '  Казань <b>сегодня</b> ',
  body: '<p>Первый&nbsp;абзац.</p><script>x()</script><p>Второй.</p>',
  publishedAt: '2026-11-25T10:00:00+03:00',
  receivedAt: '2026-11-25T07:00:01.000Z',
  lineage: { format: 'native-json', payloadHash: 'a'.repeat(64) },
};
const origin: InboundMessage = {
  topic: 'news.articles.raw.v1',
  partition: 2,
  offset: '17',
  key: null,
  value: null,
  headers: {},
  timestamp: '0',
};
const extractor: EntityExtractor = {
  modelVersion: 'test-1',
  extract: (text) => [
    { type: 'LOC', name: 'Казань', count: 1, mentions: [{ start: 0, end: 6, text: text.slice(0, 6) }] },
  ],
};

describe('enrichArticle', () => {
  const enriched = enrichArticle(raw, origin, extractor, new Date('2026-11-25T07:00:02Z'));

  it('normalises title and text and converts dates to UTC', () => {
    expect(enriched.title).toBe('Казань сегодня');
    expect(enriched.text).toBe('Первый абзац.\n\nВторой.');
    expect(enriched.publishedAt).toBe('2026-11-25T07:00:00.000Z');
  });

  it("detects the language when the feed gives none, and keeps the feed's when it does", () => {
    const long = {
      ...raw,
      body: 'Президент Татарстана встретился с делегацией из Казахстана и обсудил с ней торговлю, что важно для республики.',
    };
    expect(enrichArticle(long, origin, extractor, new Date()).lang).toBe('ru');
    expect(enrichArticle({ ...long, lang: 'tt' }, origin, extractor, new Date()).lang).toBe('tt');
  });

  it('adds the canonical URL next to the original', () => {
    const withUrl = enrichArticle({ ...raw, url: 'https://tass.ru/a?utm_source=x#c' }, origin, extractor, new Date());
    expect(withUrl).toMatchObject({ url: 'https://tass.ru/a?utm_source=x#c', canonicalUrl: 'https://tass.ru/a' });
  });

  it("passes the agency's metadata through unchanged, and adds none when there is none", () => {
    const metadata = { urgency: 1, subjects: [{ code: 'medtop:11000000', name: 'politics' }] };
    expect(enrichArticle({ ...raw, metadata }, origin, extractor, new Date()).metadata).toEqual(metadata);
    expect(enriched).not.toHaveProperty('metadata');
  });

  it('passes the date provenance through unchanged, and adds none when there is none', () => {
    const publishedAtSource = { field: 'channel.lastBuildDate', fallback: true, assumedZone: 'Europe/Moscow' };
    const dated = enrichArticle({ ...raw, publishedAtSource }, origin, extractor, new Date());
    const message = Buffer.from(JSON.stringify({ ...dated, storyId: raw.id, duplicate: 'unique' }));
    expect(parseEnrichedArticle(message).publishedAtSource).toEqual(publishedAtSource);
    expect(enriched).not.toHaveProperty('publishedAtSource');
  });

  it('records the extractor, versions and lineage back to the raw offset', () => {
    expect(enriched.processor.model).toBe('test-1');
    expect(enriched.entities[0]?.name).toBe('Казань');
    expect(enriched.lineage.raw).toEqual({ topic: 'news.articles.raw.v1', partition: 2, offset: '17' });
  });

  it('is deterministic and satisfies the enriched topic contract', () => {
    expect(enrichArticle(raw, origin, extractor, new Date('2026-11-25T07:00:02Z'))).toEqual(enriched);
    const clustered = { ...enriched, storyId: enriched.id, duplicate: 'unique' as const };
    expect(parseEnrichedArticle(Buffer.from(JSON.stringify(clustered)))).toEqual(clustered);
  });
});

describe('extractable', () => {
  it('gives entity extraction the first EXTRACT_TEXT_LIMIT code units of a longer text, never half an emoji', () => {
    expect(extractable('Казань')).toBe('Казань');
    const long = 'Минниханов прибыл в Казань. '.repeat(EXTRACT_TEXT_LIMIT / 10);
    expect(extractable(long)).toBe(long.slice(0, EXTRACT_TEXT_LIMIT));
    const emoji = `${'а'.repeat(EXTRACT_TEXT_LIMIT - 1)}🔥 конец`;
    expect(extractable(emoji)).toBe('а'.repeat(EXTRACT_TEXT_LIMIT - 1));
  });
});

describe('fingerprintOf', () => {
  const enrich = (title: string, body: string, source = 'tass') =>
    enrichArticle({ ...raw, id: articleId(source, title + body), title, body }, origin, extractor, new Date(0));
  const story =
    'Президент Татарстана Рустам Минниханов провёл совещание с руководством республики и поручил ускорить ремонт дорог в Казани и Набережных Челнах до конца года.';

  it('fingerprints a long text alone, so a copy under another title is still an exact duplicate', () => {
    const [a, b] = [
      fingerprintOf(enrich('Минниханов о дорогах', story)),
      fingerprintOf(enrich('Дороги Казани', story)),
    ];
    expect(assignStory(b, undefined, [a])).toEqual({ storyId: a.articleId, duplicate: 'exact' });
  });

  it('fingerprints a short text with its title, so flashes with one stock body stay apart', () => {
    const a = fingerprintOf(enrich('Путин подписал указ о призыве на военную службу', 'Подробности позже.'));
    const b = fingerprintOf(enrich('Землетрясение магнитудой 5,1 произошло у берегов Хонсю', 'Подробности позже.'));
    const copy = fingerprintOf(enrich('Путин подписал указ о призыве на военную службу', 'Подробности позже.', 'ria'));
    expect(assignStory(b, undefined, [a]).duplicate).toBe('unique');
    expect(assignStory(copy, undefined, [a])).toEqual({ storyId: a.articleId, duplicate: 'exact' });
  });

  it('leaves an article with hardly any words alone (a photo without a caption)', () => {
    const [a, b] = [
      fingerprintOf(enrich('Фото', '<figure><img src="a.jpg"></figure>')),
      fingerprintOf(enrich('Фото', '<figure><img src="b.jpg"></figure>')),
    ];
    expect(b.standalone).toBe(true);
    expect(assignStory(b, undefined, [a])).toEqual({ storyId: b.articleId, duplicate: 'unique' });
  });
});
