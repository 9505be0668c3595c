import { decodeWireDocument, parseFeedDocument } from './wire-document.decoder.js';

const received = new Date('2026-12-07T10:00:00Z');
const decode = (type: string, text: string) => decodeWireDocument(type, Buffer.from(text), { receivedAt: received });
const itemsOf = (type: string, text: string) => decode(type, text).items.map((e) => ('item' in e ? e.item : e.error));

describe('the feed forms a reader shows', () => {
  it('reads RSS 2.0 in the old Userland namespace', () => {
    const xml = `<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>c</title>
      <item><title>Заголовок</title><description>Текст</description><guid>u-1</guid>
      <pubDate>Mon, 07 Dec 2026 08:00:00 GMT</pubDate></item></channel></rss>`;
    expect(decode('application/rss+xml', xml)).toMatchObject({
      format: 'rss',
      items: [{ item: { externalId: 'u-1', title: 'Заголовок', publishedAt: '2026-12-07T08:00:00.000Z' } }],
    });
  });

  it('reads RSS 1.0 (RDF): items beside the channel, identified by rdf:about, dated by dc:date', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://e.com/"><title>c</title>
      <link>https://e.com/</link></channel>
      <item rdf:about="https://e.com/1"><title>T</title><link>https://e.com/1</link><description>D</description>
      <dc:date>2026-12-07T08:00:00+03:00</dc:date></item></rdf:RDF>`;
    expect(decode('application/rdf+xml', xml)).toEqual({
      format: 'rss1',
      items: [
        {
          index: 0,
          item: expect.objectContaining({
            externalId: 'https://e.com/1',
            publishedAt: '2026-12-07T08:00:00+03:00',
            publishedAtSource: { field: 'dc:date', fallback: true },
          }),
          repairs: [expect.objectContaining({ code: 'DATE_FALLBACK' })],
        },
      ],
    });
  });

  it('reads Atom 0.3: issued, escaped and base64 content', () => {
    const xml = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>f</title>
      <entry><id>tag:e.com,2026:1</id><title>T</title><link rel="alternate" href="https://e.com/1"/>
      <issued>2026-12-07T08:00:00Z</issued><modified>2026-12-07T09:00:00Z</modified>
      <content mode="escaped" type="text/html">&lt;p&gt;Hi&lt;/p&gt;</content></entry>
      <entry><id>tag:e.com,2026:2</id><title>T2</title><issued>2026-12-07T08:00:00Z</issued>
      <content mode="base64">${Buffer.from('Привет').toString('base64')}</content></entry></feed>`;
    expect(decode('application/atom+xml', xml)).toMatchObject({
      format: 'atom03',
      items: [
        { item: { externalId: 'tag:e.com,2026:1', body: '<p>Hi</p>', versionCreated: '2026-12-07T09:00:00Z' } },
        { item: { body: 'Привет' } },
      ],
    });
  });

  it('reads JSON Feed 1.1 pushed as application/feed+json or application/json, and polled', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://e.com/',
      language: 'ru',
      items: [{ id: '1', url: '/1', title: 'T', content_text: 'Текст', date_published: '2026-12-07T08:00:00+03:00' }],
    });
    const expected = {
      format: 'json-feed',
      items: [
        { item: { externalId: '1', url: 'https://e.com/1', lang: 'ru', publishedAt: '2026-12-07T08:00:00+03:00' } },
      ],
    };
    expect(decode('application/feed+json', feed)).toMatchObject(expected);
    expect(decode('application/json', feed)).toMatchObject(expected);
    expect(parseFeedDocument(Buffer.from(`\n ${feed}`))).toMatchObject(expected);
  });

  it('trims whitespace before the XML declaration', () => {
    const xml = `\n\n  <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
      <item><title>T</title><description>D</description><guid>g</guid></item></channel></rss>`;
    expect(itemsOf('text/xml', xml)).toMatchObject([{ externalId: 'g' }]);
  });

  it('resolves relative links of a polled feed against xml:base, the channel link, then the feed URL', () => {
    const xml = `<rss version="2.0"><channel><link>/home</link>
      <item><title>T</title><description>D</description><link>a.html</link></item></channel></rss>`;
    const [entry] = parseFeedDocument(Buffer.from(xml), { documentUrl: 'https://e.com/feeds/rss.xml' }).items;
    expect(entry).toMatchObject({
      item: { url: 'https://e.com/feeds/a.html', externalId: 'https://e.com/feeds/a.html' },
      repairs: [{ code: 'URL_RESOLVED' }, { code: 'DATE_FALLBACK' }],
    });
    const based = xml.replace('<channel>', '<channel xml:base="https://cdn.e.com/x/">');
    expect(parseFeedDocument(Buffer.from(based)).items[0]).toMatchObject({
      item: { url: 'https://cdn.e.com/x/a.html' },
    });
  });

  it('takes a NewsML-G2 version above a million, as Reuters writes them', () => {
    const xml = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:reuters.com,2016:1" version="263518268">
      <itemMeta><versionCreated>2016-01-01T10:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>H</headline></contentMeta>
      <contentSet><inlineData>Text</inlineData></contentSet></newsItem>`;
    expect(itemsOf('application/xml', xml)).toMatchObject([{ version: 263518268 }]);
    expect(itemsOf('application/xml', xml.replace('263518268', '2147483648'))).toMatchObject([
      { code: 'VALIDATION_FAILED' },
    ]);
  });

  it('gives an NITF document without a doc-id a stable id from its text', () => {
    const xml = `<nitf><head><docdata><date.issue norm="20141126T152703"/></docdata></head>
      <body><body.head><hedline><hl1>H</hl1></hedline></body.head><body.content><p>T</p></body.content></body></nitf>`;
    const [first] = itemsOf('application/xml', xml);
    expect(first).toMatchObject({
      externalId: expect.stringMatching(/^urn:sha256:/),
      publishedAt: '2014-11-26T15:27:03+00:00',
    });
    expect(itemsOf('application/xml', xml)[0]).toEqual(first);
  });

  it('still refuses a DOCTYPE, however lenient the rest', () => {
    const xml = `\n<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss version="2.0"><channel/></rss>`;
    expect(() => decode('application/rss+xml', xml)).toThrow(expect.objectContaining({ code: 'XML_DTD_FORBIDDEN' }));
  });
});
