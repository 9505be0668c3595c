import type { AbuseCase } from './abuse-case.js';

const NINJS_TYPES = ['application/ninjs+json', 'application/json'];
const SCHEMA_3 = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json';

/** Rich, hostile metadata around an article that is still invalid, so the whole request must be refused. */
const hostileMetadata = {
  urgency: 1e308,
  priority: '¯\\_(ツ)_/¯',
  subjects: Array.from({ length: 2_000 }, (_, i) => ({ uri: `x${i}`, name: '\u0000'.repeat(i % 3) })),
  people: [{ rel: 'author' }, { name: '\ud800', rel: 'author' }],
  associations: [{ type: 'picture', renditions: [{ href: 'x'.repeat(100_000), sizeInBytes: -1 }] }],
  copyrightHolder: { not: 'a string' },
};

/** Associations nested 5,000 deep, written as text: a walk of every key must not overflow the stack. */
const DEEP = `{"$schema":"${SCHEMA_3}","uri":"urn:abuse:deep","headlines":[{"value":"H"}],"associations":${'[{"associations":'.repeat(5_000)}[]${'}]'.repeat(5_000)}}`;

/** ninjs 3.x documents no item of which is an article: each must be refused, whatever metadata it carries. */
function ninjs3Documents(): [string, unknown][] {
  const base = { $schema: SCHEMA_3, uri: 'urn:abuse:ninjs3', versionCreated: '2026-11-25T10:00:00Z' };
  return [
    ['no-headline', { ...base, bodies: [{ value: 'Текст' }] }],
    ['kill-without-headline', { ...base, pubStatus: 'canceled', bodies: [{ value: 'Withdrawn.' }] }],
    ['kill-without-uri', { $schema: SCHEMA_3, pubStatus: 'canceled', headlines: [{ value: 'KILL' }] }],
    [
      'bad-dates',
      { ...base, firstCreated: 'yesterday', versionCreated: '2026-02-30T10:00:00Z', headlines: [{ value: 'H' }] },
    ],
    ['hostile-metadata-no-body', { ...base, headlines: [{ value: 'H' }], ...hostileMetadata }],
    ['camel-and-lower-case-clash', { ...base, pubstatus: 'usable', pubStatus: 'canceled', headlines: [] }],
  ];
}

/** XML items with metadata in every place and no title, date or id: parsed, then refused. */
const XML_DOCUMENTS: [string, string, string][] = [
  [
    'newsml-g2-metadata-no-headline',
    'application/vnd.iptc.g2.newsitem+xml',
    `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:abuse:g2" version="1"><contentMeta><urgency>99</urgency><subject qcode="${'x'.repeat(10_000)}"/><creator/><located/></contentMeta><contentSet><remoteContent href="" size="-5"/></contentSet></newsItem>`,
  ],
  [
    'rss-media-no-title',
    'application/rss+xml',
    `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><description>Текст</description><media:group><media:content url="" fileSize="NaN"/></media:group><enclosure url="javascript:alert(1)" length="-1"/><category domain="">&#160;</category></item></channel></rss>`,
  ],
  [
    'nitf-metadata-no-id',
    'application/xml',
    `<nitf><head><docdata><urgency ed-urg="0"/><key-list><keyword/></key-list></docdata></head><body><body.head><byline/></body.head><body.content><media><media-reference/></media></body.content></body></nitf>`,
  ],
  [
    'atom-enclosure-no-id',
    'application/atom+xml',
    `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="enclosure" length="1e99"/><author/><category/></entry></feed>`,
  ],
];

/** The formats and metadata this pipeline reads since ninjs 3.x and agency metadata: each case must be a 4xx. */
export function metadataCases(): AbuseCase[] {
  const ninjs = ninjs3Documents().flatMap(([name, document]) =>
    NINJS_TYPES.map((contentType) => ({
      name: `ninjs3/${name} (${contentType})`,
      contentType,
      key: 'own' as const,
      body: JSON.stringify(document),
    })),
  );
  const deep = NINJS_TYPES.map((contentType) => ({
    name: `ninjs3/deeply-nested-associations (${contentType})`,
    contentType,
    key: 'own' as const,
    body: DEEP,
  }));
  const xml = XML_DOCUMENTS.map(([name, contentType, body]) => ({
    name: `metadata/${name}`,
    contentType,
    key: 'own' as const,
    body,
  }));
  return [...ninjs, ...deep, ...xml];
}
