import { decodeWireDocument } from './wire-document.decoder.js';

const HEADLINE = 'Акции&nbsp;&laquo;Татнефть&raquo; &mdash; рекорд';
const DECODED = 'Акции\u00a0«Татнефть» \u2014 рекорд';

const rss = `<rss version="2.0"><channel><title>Лента</title><item><guid>tn-1</guid><title>${HEADLINE}</title>
  <description>${HEADLINE}</description><pubDate>Wed, 25 Nov 2026 04:00:00 GMT</pubDate></item></channel></rss>`;
const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title><id>tag:x,2026:feed</id><updated>2026-11-25T04:00:00Z</updated>
  <entry><id>tag:x,2026:tn-1</id><title>${HEADLINE}</title><updated>2026-11-25T04:00:00Z</updated><summary>${HEADLINE}</summary></entry></feed>`;
const nitf = `<nitf><head><docdata><doc-id id-string="tn-1"/><date.issue norm="20261125T040000Z"/></docdata></head>
  <body><body.head><hedline><hl1>${HEADLINE}</hl1></hedline></body.head><body.content><p>${HEADLINE}</p></body.content></body></nitf>`;

const decode = (xml: string) => decodeWireDocument('application/xml', Buffer.from(xml));

describe('HTML named entities in XML wire formats', () => {
  it.each([
    ['an RSS item', rss],
    ['an Atom entry', atom],
    ['a NITF article', nitf],
  ])('decode to their characters in %s', (_, xml) => {
    const [decoded] = decode(xml).items;
    expect(decoded).toMatchObject({ item: { title: DECODED, body: expect.stringContaining(DECODED) } });
  });

  it('still refuses an entity HTML does not define, and any DOCTYPE', () => {
    expect(() => decode(rss.replace('&mdash;', '&foo;'))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_XML', meta: { line: 1, column: expect.any(Number) } }),
    );
    expect(() => decode(`<!DOCTYPE rss>${rss}`)).toThrow(expect.objectContaining({ code: 'XML_DTD_FORBIDDEN' }));
  });
});
