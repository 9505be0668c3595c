import { externalIdOf, langOf, linkOf, xmlBaseOf } from './item-link.js';
import type { Repair } from './wire-document.js';

describe('linkOf', () => {
  it('keeps an absolute link without a repair', () => {
    const repairs: Repair[] = [];
    expect(linkOf('https://e.com/a', ['https://other.com/'], repairs)).toBe('https://e.com/a');
    expect(repairs).toEqual([]);
  });

  it('resolves a relative link against the first usable base and says so', () => {
    const repairs: Repair[] = [];
    const bases = [undefined, 'not a base', 'https://github.com/gulpjs/gulp/releases', 'https://feed.example/'];
    expect(linkOf('/gulpjs/gulp/releases/tag/v3.9.0', bases, repairs)).toBe(
      'https://github.com/gulpjs/gulp/releases/tag/v3.9.0',
    );
    expect(repairs).toEqual([
      {
        field: 'url',
        code: 'URL_RESOLVED',
        detail: '"/gulpjs/gulp/releases/tag/v3.9.0" resolved to "https://github.com/gulpjs/gulp/releases/tag/v3.9.0"',
      },
    ]);
  });

  it('drops a link that cannot be made an absolute http(s) URL', () => {
    const repairs: Repair[] = [];
    expect(linkOf('item[0].link', [], repairs)).toBeUndefined();
    expect(linkOf('javascript:alert(1)', ['https://e.com/'], repairs)).toBeUndefined();
    expect(repairs.map((r) => r.code)).toEqual(['FIELD_DROPPED', 'FIELD_DROPPED']);
  });
});

describe('xmlBaseOf', () => {
  it('resolves nested xml:base declarations against each other and the document URL', () => {
    const chain: { attributes: Record<string, string> }[] = [
      { attributes: { 'xml:base': '/blog/' } },
      { attributes: {} },
      { attributes: { 'xml:base': '2026/' } },
    ];
    expect(xmlBaseOf(chain, 'https://e.com/feed.xml')).toBe('https://e.com/blog/2026/');
    expect(xmlBaseOf([{ attributes: {} }], undefined)).toBeUndefined();
  });
});

describe('langOf', () => {
  it('writes wire tags as BCP 47 and drops a nonsense tag with a repair', () => {
    const repairs: Repair[] = [];
    expect(langOf('ru_RU', repairs)).toBe('ru-RU');
    expect(langOf('rss_2.0.channel.language', repairs)).toBeUndefined();
    expect(repairs).toEqual([
      {
        field: 'lang',
        code: 'FIELD_DROPPED',
        detail: '"rss_2.0.channel.language" is not a BCP 47 language tag; dropped',
      },
    ]);
  });
});

describe('externalIdOf', () => {
  it('derives a missing id from the link, else from a stable hash of title and text', () => {
    const repairs: Repair[] = [];
    const content = { title: 'Заголовок', body: 'Текст' };
    expect(externalIdOf(undefined, 'https://e.com/1', content, repairs)).toBe('https://e.com/1');
    const hashed = externalIdOf(' ', undefined, content, repairs);
    expect(hashed).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
    expect(externalIdOf(undefined, undefined, { ...content }, [])).toBe(hashed);
    expect(externalIdOf(undefined, undefined, { ...content, body: 'Другой' }, [])).not.toBe(hashed);
    expect(repairs.map((r) => r.code)).toEqual(['ID_DERIVED', 'ID_DERIVED']);
  });

  it('keeps an id that is there', () => {
    expect(externalIdOf('g-1', 'https://e.com/1', { title: 't' }, [])).toBe('g-1');
  });
});
