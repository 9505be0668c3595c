import { EnrichedArticleSchema, RawArticleSchema } from '@app/contracts';
import { canonicalUrl } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('strips tracking parameters, fragment, www, default port and trailing slash, sorts the rest', () => {
    expect(canonicalUrl('HTTPS://Tass.ru:443/politika/123?utm_source=tg&b=2&a=1&fbclid=x#top')).toBe(
      'https://tass.ru/politika/123?a=1&b=2',
    );
    expect(canonicalUrl('http://WWW.Example.org/a/?utm_source=x&b=2&a=1#top')).toBe('https://example.org/a?a=1&b=2');
  });

  it('gives one URL for links that differ only in tracking, scheme or a trailing slash', () => {
    expect(canonicalUrl('https://example.org/news/1?fbclid=abc')).toBe(canonicalUrl('http://example.org/news/1/'));
  });

  it('keeps parameters that select a document, and a non-default port', () => {
    expect(canonicalUrl('https://example.org/item?id=42')).toBe('https://example.org/item?id=42');
    expect(canonicalUrl('http://example.org:8080/a')).toBe('https://example.org:8080/a');
    expect(canonicalUrl('https://example.org:80/a')).toBe('https://example.org:80/a');
    expect(canonicalUrl('http://example.org:443/a')).toBe('https://example.org/a');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalUrl('ftp://example.org/a')).toBeUndefined();
    expect(canonicalUrl('/relative')).toBeUndefined();
    expect(canonicalUrl(undefined)).toBeUndefined();
  });

  it('orders parameters by name in code-unit order, whatever the locale of the process', () => {
    // localeCompare would put `_` first and `b` before `B` (and, under sv_SE, `ö` after `z`).
    expect(canonicalUrl('https://example.org/list?b=2&a=1&B=3&_=4&Z=5')).toBe(
      'https://example.org/list?B=3&Z=5&_=4&a=1&b=2',
    );
    expect(canonicalUrl('https://example.org/list?z=1&ö=2')).toBe('https://example.org/list?%C3%B6=2&z=1');
  });

  it.each([
    'utm_source',
    'utm_medium',
    'UTM_Campaign',
    'utm_content',
    'gclid',
    'gclsrc',
    'dclid',
    'gbraid',
    'wbraid',
    '_ga',
    '_gl',
    'fbclid',
    'igshid',
    'twclid',
    'ttclid',
    'li_fat_id',
    'msclkid',
    'yclid',
    'ysclid',
    '_openstat',
    'mc_cid',
    'mc_eid',
    '_hsenc',
    '_hsmi',
    'mkt_tok',
  ])('strips the tracking parameter %s', (name) => {
    expect(canonicalUrl(`https://example.org/news?id=7&${name}=x`)).toBe('https://example.org/news?id=7');
  });

  it('keeps parameters whose names are ordinary words, which may select the page', () => {
    expect(canonicalUrl('https://example.org/archive?from=2026-11-01&to=2026-11-30')).toBe(
      'https://example.org/archive?from=2026-11-01&to=2026-11-30',
    );
    expect(canonicalUrl('https://example.org/archive?from=2026-11-01')).not.toBe(
      canonicalUrl('https://example.org/archive?from=2026-12-01'),
    );
    expect(canonicalUrl('https://example.org/changelog?ref=release-2.0')).toBe(
      'https://example.org/changelog?ref=release-2.0',
    );
    expect(canonicalUrl('https://example.org/a?share=1&source=rss&spm=a1.b2&smid=tw')).toBe(
      'https://example.org/a?share=1&smid=tw&source=rss&spm=a1.b2',
    );
  });

  it('keeps hash-bang routes, which select the page, and drops other fragments', () => {
    expect(canonicalUrl('https://example.org/#!/news/123')).toBe('https://example.org/#!/news/123');
    expect(canonicalUrl('https://example.org/#!/news/123')).not.toBe(canonicalUrl('https://example.org/#!/news/456'));
    expect(canonicalUrl('https://example.org/app?utm_source=x#!/news/1')).toBe('https://example.org/app#!/news/1');
    expect(canonicalUrl('https://example.org/news/1#comments')).toBe('https://example.org/news/1');
  });

  it('keeps each parameter as written: bare names stay bare, nothing is re-encoded', () => {
    expect(canonicalUrl('https://example.org/?12345')).toBe('https://example.org/?12345');
    expect(canonicalUrl('https://example.org/item?print&id=4')).toBe('https://example.org/item?id=4&print');
    expect(canonicalUrl('https://example.org/s?path=/a/b:c&q=a+b')).toBe('https://example.org/s?path=/a/b:c&q=a+b');
    expect(canonicalUrl('https://example.org/s?a=1&&b=2&')).toBe('https://example.org/s?a=1&b=2');
  });

  it('keeps the order of the values of a repeated parameter, which may tell pages apart', () => {
    expect(canonicalUrl('https://example.org/s?tag=b&page=2&tag=a')).toBe('https://example.org/s?page=2&tag=b&tag=a');
    expect(canonicalUrl('https://example.org/s?tag=b&tag=a')).not.toBe(
      canonicalUrl('https://example.org/s?tag=a&tag=b'),
    );
  });

  it('drops credentials, and www only when a domain remains', () => {
    expect(canonicalUrl('https://editor:secret@www.example.org/a')).toBe('https://example.org/a');
    expect(canonicalUrl('https://www.com/a')).toBe('https://www.com/a');
  });

  it.each([
    'HTTP://WWW.Tass.ru:80/politika/123/?utm_source=tg&b=2&a=1#top',
    'https://example.org',
    'https://www.www.example.org//',
    'https://пример.рф/новости/выборы-2026?город=Казань&utm_medium=tg#!/карта',
    'https://[2001:db8::1]:8443/a/?x=1&x=0',
    'https://example.org/a b/\'q\'?q="x y"&z',
  ])('gives a URL that is its own WHATWG serialisation and its own canonical form: %s', (url) => {
    const canonical = canonicalUrl(url)!;
    expect(new URL(canonical).href).toBe(canonical);
    expect(canonicalUrl(canonical)).toBe(canonical);
  });

  describe('the length limit of the article contracts', () => {
    const contract = EnrichedArticleSchema.shape.canonicalUrl;
    const limit = contract.unwrap().maxLength!;
    const origin = 'https://example.org/';

    it('is never exceeded: a URL whose encoded form would be too long has no canonical form', () => {
      const slug = 'правительство-татарстана-утвердило-программу-развития-республики-'.repeat(20);
      const url = `https://ria.ru/20261125/${slug}`.slice(0, 833);
      expect(url).toHaveLength(833);
      expect(RawArticleSchema.shape.url.safeParse(url).success).toBe(true);
      expect(new URL(url).href.length).toBeGreaterThan(limit);
      expect(canonicalUrl(url)).toBeUndefined();
    });

    it('is reached exactly: a URL at the limit is its own canonical form, one character more is refused', () => {
      const atLimit = `${origin}${'a'.repeat(limit - origin.length - 6)}я`;
      const overLimit = `${origin}${'a'.repeat(limit - origin.length - 5)}я`;
      expect(canonicalUrl(atLimit)).toHaveLength(limit);
      expect(contract.safeParse(canonicalUrl(atLimit)).success).toBe(true);
      expect(overLimit.length).toBeLessThan(limit);
      expect(canonicalUrl(overLimit)).toBeUndefined();
    });
  });
});
