import { readFileSync } from 'node:fs';
import { decodeXmlText } from './xml-charset.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url));
const cp1251 = fixture('rss-ru-windows-1251.xml');

describe('decodeXmlText', () => {
  it('decodes the encoding named by the XML declaration (windows-1251)', () => {
    expect(cp1251.includes(Buffer.from('Волжские', 'utf8'))).toBe(false);
    expect(decodeXmlText(cp1251)).toContain('<title>Волжские вести</title>');
  });

  it('lets the Content-Type charset override the declaration, and a byte-order mark override both', () => {
    const koi8 = Buffer.from([0x3c, 0x61, 0x3e, 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeXmlText(koi8, 'KOI8-R')).toBe('<a>Привет</a>');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<?xml version="1.0" encoding="windows-1251"?><a>ё</a>', 'utf16le'),
    ]);
    expect(decodeXmlText(utf16, 'windows-1251')).toBe('<?xml version="1.0" encoding="windows-1251"?><a>ё</a>');
  });

  it('defaults to UTF-8 and refuses bytes that are not UTF-8 with MALFORMED_XML', () => {
    expect(decodeXmlText(Buffer.from('<a>Ёж</a>'))).toBe('<a>Ёж</a>');
    expect(() => decodeXmlText(Buffer.from([0x3c, 0x61, 0x3e, 0xc0, 0x3c, 0x2f, 0x61, 0x3e]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_XML' }),
    );
  });

  it('refuses an encoding it does not know with UNSUPPORTED_MEDIA_TYPE', () => {
    const ebcdic = Buffer.from('<?xml version="1.0" encoding="EBCDIC-CP-US"?><a/>');
    expect(() => decodeXmlText(ebcdic)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('EBCDIC-CP-US') }),
    );
  });
});
