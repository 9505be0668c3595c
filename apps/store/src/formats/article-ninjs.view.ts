import type { ArticleMetadata, Concept, Media } from '@app/contracts';
import type { ArticleRow, LinkedEntityRow } from '../articles/article.view.js';

/** The ninjs 2.x version served, and the published schema an instance says it is valid against. */
export const NINJS_VERSION = '2.4';
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json';
export const NINJS_MEDIA_TYPE = `application/ninjs+json; version=${NINJS_VERSION}`;

type NinjsConcept = { name?: string; uri?: string; literal?: string; rel?: string };
/** A ninjs 2.4 news item; only the properties this store fills in. */
export type NinjsItem = Record<string, unknown> & { uri: string };

const MEDIA_TYPES: Record<Media['kind'], string | undefined> = {
  picture: 'picture',
  video: 'video',
  audio: 'audio',
  graphic: 'graphic',
  other: undefined,
};
const ENTITY_LISTS = { PER: 'people', ORG: 'organisations', LOC: 'places' } as const;

/** ninjs `uri` properties must be absolute URIs; an agency's scheme-less code goes to `literal` instead. */
function absoluteUri(value: string | undefined): string | undefined {
  if (value === undefined || /\s/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  return URL.canParse(value) ? value : undefined;
}

/** Drops undefined properties and empty lists, so the item holds only what the agency or the pipeline said. */
function compact<T extends Record<string, unknown>>(item: T): T {
  return Object.fromEntries(
    Object.entries(item).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

function concept(c: Concept): NinjsConcept {
  return compact({
    name: c.name,
    uri: absoluteUri(c.uri),
    literal: c.code ?? (absoluteUri(c.uri) ? undefined : c.uri),
  });
}

/** A referred picture, video or audio file as an associated ninjs object with one rendition (never downloaded). */
function association(media: Media, index: number): NinjsItem {
  const rendition = compact({
    name: media.rel ?? 'original',
    href: absoluteUri(media.href),
    contenttype: media.type,
    width: media.width,
    height: media.height,
    sizeinbytes: media.size,
    duration: media.duration,
  });
  const uri = absoluteUri(media.href) ?? `urn:media:${index + 1}`;
  return compact({
    name: `media-${index + 1}`,
    uri,
    type: MEDIA_TYPES[media.kind],
    headlines: media.caption === undefined ? undefined : [{ value: media.caption }],
    by: media.credit,
    renditions: [rendition],
  });
}

/** The byline as printed, or else the names of the people the agency says made the item. */
function byline(metadata: ArticleMetadata): string | undefined {
  if (metadata.byline !== undefined) return metadata.byline;
  const names = (metadata.people ?? []).map((p) => p.name);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** What every item carries, killed or not: identity, version, status, and the standard it follows. */
function identity(row: ArticleRow, representation: 'full' | 'partial'): NinjsItem {
  return compact({
    uri: `urn:uuid:${row.id}`,
    type: 'text',
    representationtype: representation,
    version: String(row.version),
    versioncreated: row.published_at.toISOString(),
    embargoed: row.embargoed_until?.toISOString(),
    pubstatus: row.pub_status,
    altids: [
      { role: 'source', value: row.source },
      { role: 'externalId', value: row.external_id },
      { role: 'storyId', value: row.story_id },
    ],
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
  });
}

/** The agency's metadata as ninjs properties (docs/wire-metadata.md says what is stored). */
function agencyMetadata(metadata: ArticleMetadata): Record<string, unknown> {
  return {
    urgency: metadata.urgency,
    by: byline(metadata),
    located: metadata.located?.name ?? metadata.dateline,
    copyrightholder: metadata.copyright?.holder,
    copyrightnotice: metadata.copyright?.notice,
    usageterms: metadata.usageTerms,
    descriptions: metadata.summary === undefined ? undefined : [{ role: 'summary', value: metadata.summary }],
    subjects: metadata.subjects?.map(concept),
    genres: metadata.genres?.map(concept),
    associations: metadata.media?.map(association),
  };
}

/** The entities the article mentions, by type, with their canonical names; each `uri` names its entity page. */
function entityLists(entities: readonly LinkedEntityRow[]): Record<string, NinjsConcept[]> {
  const lists: Record<string, NinjsConcept[]> = { people: [], organisations: [], places: [] };
  for (const e of entities) {
    const list = ENTITY_LISTS[e.type as keyof typeof ENTITY_LISTS];
    if (list !== undefined) lists[list]!.push({ name: e.name, uri: `urn:uuid:${e.key}`, rel: 'mentioned' });
  }
  return lists;
}

/**
 * An article as an IPTC ninjs 2.4 news item. A killed article keeps only its identity and `pubstatus: canceled`;
 * a list item (`representationtype: partial`) has no body and no entities, as list items in JSON have neither.
 */
export function toNinjs(row: ArticleRow, entities: readonly LinkedEntityRow[] | null): NinjsItem {
  if (row.status === 'killed') return { ...identity(row, 'partial'), pubstatus: 'canceled' };
  const full = entities !== null;
  const metadata = (row.metadata ?? {}) as ArticleMetadata;
  const headlines = [{ role: 'main', value: row.title }, ...(metadata.headlines ?? [])];
  return compact({
    ...identity(row, full ? 'full' : 'partial'),
    language: row.lang,
    headlines,
    ...(full ? agencyMetadata(metadata) : {}),
    bodies: full
      ? [{ role: 'main', contenttype: 'text/plain', value: row.text ?? '', charcount: (row.text ?? '').length }]
      : undefined,
    ...(full ? entityLists(entities) : {}),
  });
}
