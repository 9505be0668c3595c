import { canonicalUrl } from './canonical-url.js';
import { detectLanguage } from './language.js';
import { estimateJaccard, minhash, minhashBands, MINHASH_BANDS } from './minhash.js';
import { normaliseTypography } from './typography.js';

describe('normaliseTypography', () => {
  it('turns spaced dashes of any kind into em dashes and keeps word hyphens plain', () => {
    expect(normaliseTypography('Казань - столица, Москва – тоже')).toBe('Казань — столица, Москва — тоже');
    expect(normaliseTypography('Нур\u2011Султан и Ростов\u2010на\u2010Дону')).toBe('Нур-Султан и Ростов-на-Дону');
  });

  it('drops invisible characters and unifies apostrophes inside words', () => {
    expect(normaliseTypography('пере\u00adнос\u200b O\u2018Neil')).toBe('перенос O’Neil');
  });
});

describe('canonicalUrl', () => {
  it('strips tracking parameters, fragment, www, default port and trailing slash, sorts the rest', () => {
    expect(canonicalUrl('HTTPS://Tass.ru:443/politika/123?utm_source=tg&b=2&a=1&fbclid=x#top')).toBe('https://tass.ru/politika/123?a=1&b=2');
    expect(canonicalUrl('http://WWW.Example.org/a/?utm_source=x&b=2&a=1#top')).toBe('https://example.org/a?a=1&b=2');
  });

  it('gives one URL for links that differ only in tracking, scheme or a trailing slash', () => {
    expect(canonicalUrl('https://example.org/news/1?fbclid=abc')).toBe(canonicalUrl('http://example.org/news/1/'));
  });

  it('keeps parameters that select a document, and a non-default port', () => {
    expect(canonicalUrl('https://example.org/item?id=42')).toBe('https://example.org/item?id=42');
    expect(canonicalUrl('http://example.org:8080/a')).toBe('https://example.org:8080/a');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalUrl('ftp://example.org/a')).toBeUndefined();
    expect(canonicalUrl('/relative')).toBeUndefined();
    expect(canonicalUrl(undefined)).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Президент Татарстана встретился с делегацией из Казахстана и обсудил с ней торговлю, что важно для республики', 'ru'],
    ['Президент України заявив, що уряд також розглядає нові кроки для підтримки економіки', 'uk'],
    ['The port strike in Rotterdam entered its third day, and the union said it was ready for talks with the employers', 'en'],
    ['Die Regierung hat sich auf ein neues Gesetz geeinigt, das auch für die Länder gilt und nicht verschoben wird', 'de'],
    ['12345 67890', 'und'],
  ])('detects %s as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('minhash', () => {
  const story =
    'Президент Татарстана Рустам Минниханов во вторник провёл совещание с руководством республики. Обсуждались вопросы подготовки к зиме, ремонта дорог и строительства новых школ в Казани и Набережных Челнах. По итогам встречи Минниханов поручил ускорить ввод объектов и усилить контроль за качеством работ подрядчиков.';

  it('rates a lightly edited copy as similar and an unrelated text as dissimilar', () => {
    const edited = story.replace('во вторник', 'в среду');
    const other = 'Сборная России по хоккею обыграла команду Белоруссии в товарищеском матче в Москве со счётом 4:2 и завершила сбор.';
    expect(estimateJaccard(minhash(story), minhash(edited))).toBeGreaterThanOrEqual(0.5);
    expect(estimateJaccard(minhash(story), minhash(other))).toBeLessThan(0.2);
  });

  it('is deterministic and gives similar texts a shared band key', () => {
    expect(minhash(story)).toEqual(minhash(story));
    const a = minhashBands(minhash(story));
    const b = minhashBands(minhash(story.replace('во вторник', 'в среду')));
    expect(a).toHaveLength(MINHASH_BANDS);
    expect(a.some((key, i) => key === b[i])).toBe(true);
  });
});
