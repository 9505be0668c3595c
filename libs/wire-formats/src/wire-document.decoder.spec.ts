import { readFileSync } from 'node:fs';
import { decodeWireDocument, parseFeedDocument } from './wire-document.decoder.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url));
const formatOf = (mediaType: string, name: string) => decodeWireDocument(mediaType, fixture(name)).format;

describe('decodeWireDocument', () => {
  it('detects ninjs from its media types, and from plain JSON with uri and no externalId', () => {
    expect(formatOf('application/ninjs+json', 'ninjs1-ru.json')).toBe('ninjs-1');
    expect(formatOf('application/vnd.iptc.ninjs+json; charset=utf-8', 'ninjs2-en-batch.json')).toBe('ninjs-2');
    expect(formatOf('application/json', 'ninjs2-ru.json')).toBe('ninjs-2');
    expect(() => decodeWireDocument('application/json', Buffer.from('{"externalId":"1","uri":"u"}'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
  });

  it('detects XML formats from the root element, whatever XML media type', () => {
    expect(formatOf('application/vnd.iptc.g2.newsmessage+xml', 'newsml-g2-newsmessage-en.xml')).toBe('newsml-g2');
    expect(formatOf('application/xml', 'newsml-g2-newsitem-ru.xml')).toBe('newsml-g2');
    expect(formatOf('text/xml', 'nitf-ru.xml')).toBe('nitf');
    expect(formatOf('application/rss+xml', 'rss-ru.xml')).toBe('rss');
    expect(formatOf('application/atom+xml', 'atom-ru.xml')).toBe('atom');
  });

  it('honours the charset of the Content-Type over the XML declaration', () => {
    const koi8 = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>'),
      Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
      Buffer.from('</title></item></channel></rss>'),
    ]);
    const [decoded] = decodeWireDocument('application/rss+xml; charset=koi8-r', koi8).items;
    expect(decoded).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect('error' in decoded! && decoded.error.errors?.map((e) => e.field)).not.toContain('title');
  });

  it('refuses other media types with 415, an unknown root and broken JSON with 400 codes', () => {
    expect(() => decodeWireDocument('text/plain', Buffer.from('x'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }),
    );
    expect(() => decodeWireDocument('', Buffer.from('x'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }),
    );
    expect(() => decodeWireDocument('application/xml', Buffer.from('<html><body/></html>'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('<html>') }),
    );
    expect(() => decodeWireDocument('application/xml', Buffer.from('<feed/>'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
    expect(() => decodeWireDocument('application/ninjs+json', Buffer.from('{"uri":'))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_BODY' }),
    );
  });

  it('refuses hostile XML before looking at the format', () => {
    expect(() => decodeWireDocument('application/rss+xml', fixture('xxe.xml'))).toThrow(
      expect.objectContaining({ code: 'XML_DTD_FORBIDDEN' }),
    );
    expect(() => decodeWireDocument('application/xml', fixture('billion-laughs.xml'))).toThrow(
      expect.objectContaining({ code: 'XML_DTD_FORBIDDEN' }),
    );
    expect(() => decodeWireDocument('application/rss+xml', fixture('malformed.xml'))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_XML' }),
    );
  });
});

describe('parseFeedDocument', () => {
  it('reads RSS and Atom, with the RSS ttl', () => {
    expect(parseFeedDocument(fixture('rss-ru.xml'))).toMatchObject({ format: 'rss', ttlMinutes: 15 });
    expect(parseFeedDocument(fixture('rss-ru-windows-1251.xml')).items).toHaveLength(1);
    expect(parseFeedDocument(fixture('atom-en.xml')).format).toBe('atom');
  });

  it('refuses agency formats, which are pushed rather than polled', () => {
    expect(() => parseFeedDocument(fixture('nitf-en.xml'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
    expect(() => parseFeedDocument(fixture('newsml-g2-newsitem-ru.xml'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
  });
});
