import type { AbuseCase } from './abuse-case.js';

const XML_TYPES = [
  'application/xml',
  'text/xml',
  'application/atom+xml',
  'application/rss+xml',
  'application/vnd.iptc.g2.newsitem+xml',
];

const XXE_FILE = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><newsItem><title>&x;</title></newsItem>`;
const XXE_HTTP = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:1/evil">]><rss><channel><item><title>&x;</title></item></channel></rss>`;
const XXE_PARAMETER = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:1/evil.dtd"> %p;]><nitf/>`;
const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`;
const QUADRATIC = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "${'a'.repeat(50_000)}">]><rss><channel><item><title>${'&a;'.repeat(2_000)}</title></item></channel></rss>`;
const EXTERNAL_DTD = `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "http://127.0.0.1:1/nitf.dtd"><nitf><body/></nitf>`;
const RSS_ITEM =
  '<item><title>Заголовок</title><description>Текст</description><guid>g1</guid><pubDate>Wed, 25 Nov 2026 10:00:00 +0300</pubDate></item>';
/** An item no format can accept (no title, no date, no id), so a document that parses still carries nothing valid. */
const BAD_ITEM = '<item><description>Текст</description></item>';

/** XML attacks and malformed XML, each posted with every XML media type (4xx expected whether or not XML is supported yet). */
export function xmlCases(): AbuseCase[] {
  const documents: [string, string | Buffer][] = [
    ['xxe-file', XXE_FILE],
    ['xxe-http', XXE_HTTP],
    ['xxe-parameter-entity', XXE_PARAMETER],
    ['billion-laughs', BILLION_LAUGHS],
    ['quadratic-blowup', QUADRATIC],
    ['external-dtd', EXTERNAL_DTD],
    ['internal-dtd-only', `<?xml version="1.0"?><!DOCTYPE rss [<!ELEMENT rss ANY>]><rss/>`],
    ['unclosed', `<rss><channel>${RSS_ITEM}`],
    ['mismatched-tags', '<rss><channel></item></rss>'],
    ['two-roots', '<rss/><rss/>'],
    ['not-xml', 'hello, world'],
    ['empty', ''],
    ['json-as-xml', '{"source":"x"}'],
    [
      'cdata-script',
      `<rss version="2.0"><channel><item><title><![CDATA[<script>alert(1)</script>]]></title></item></channel></rss>`,
    ],
    ['deep-nesting', `<rss>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</rss>`],
    [
      'many-attributes',
      `<rss ${Array.from({ length: 20_000 }, (_, i) => `a${i}="x"`).join(' ')}><channel>${BAD_ITEM}</channel></rss>`,
    ],
    ['huge-text', `<rss><channel><item><title>${'x'.repeat(6 * 1024 * 1024)}</title></item></channel></rss>`],
    [
      'invalid-utf8',
      Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rss><title>'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('</title></rss>'),
      ]),
    ],
    ['declared-utf16-but-utf8', '<?xml version="1.0" encoding="UTF-16"?><rss/>'],
    [
      'processing-instruction',
      `<?xml version="1.0"?><?xml-stylesheet href="http://127.0.0.1:1/x.xsl"?><rss><channel>${BAD_ITEM}</channel></rss>`,
    ],
    [
      'xinclude',
      `<rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><item><xi:include href="file:///etc/passwd" parse="text"/></item></channel></rss>`,
    ],
  ];
  return XML_TYPES.flatMap((contentType) =>
    documents.map(([name, body]) => ({ name: `xml/${name} (${contentType})`, contentType, key: 'own' as const, body })),
  );
}
