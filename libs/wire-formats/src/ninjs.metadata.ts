import type { Media, Person } from '@app/contracts';
import { conceptOf, intOf, mediaKindOf, secondsOf } from './metadata-fields.js';
import type { MetadataCandidate } from './wire-document.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
/** ninjs 1.x keeps some lists as maps by name (`associations`, `renditions`); 2.x and 3.x as arrays with `name`. */
const entries = (v: unknown): Json[] =>
  Array.isArray(v)
    ? v.filter(isObject)
    : isObject(v)
      ? Object.entries(v).flatMap(([name, e]) => (isObject(e) ? [{ name, ...e }] : []))
      : [];

/** People whose relation says they made the item, as against the people it is about. */
const MAKER = /author|by|creat|contribut|photo|writ|edit|report|correspond|video|camera|produc|illustrat/i;
const MEDIA_TYPES = new Set(['picture', 'video', 'audio', 'graphic']);

// ninjs 1.x: {scheme, code}; 2.x/3.x: {uri, literal}.
const conceptsOf = (v: unknown) =>
  entries(v).map((c) => {
    const scheme = str(c.scheme);
    const code = str(c.code) ?? str(c.literal);
    const uri = str(c.uri) ?? (scheme && code && /^https?:\/\/.*\/$/.test(scheme) ? scheme + code : undefined);
    return conceptOf({ code, uri, scheme, name: str(c.name) });
  });

function peopleOf(value: Json): Partial<Person>[] {
  return entries(value.people ?? value.person)
    .filter((p) => MAKER.test(str(p.rel) ?? ''))
    .map((p) => ({ name: str(p.name), role: str(p.rel)?.replace(/^[\w-]+:/, ''), uri: str(p.uri) }));
}

// The description with role `summary` or `main` (or none), else the first; 1.x has `description_text`/`_html`.
function summaryOf(value: Json): string | undefined {
  const descriptions = entries(value.descriptions);
  const main = descriptions.find((d) => [undefined, 'summary', 'main'].includes(str(d.role))) ?? descriptions[0];
  return str(main?.value) ?? str(value.description_text) ?? str(value.description_html);
}

function otherHeadlines(value: Json): { role?: string; value?: string }[] {
  return entries(value.headlines)
    .filter((h) => h.role !== undefined && h.role !== 'main')
    .map((h) => ({ role: str(h.role), value: str(h.value) }));
}

/** Each rendition of each associated picture, video, audio or graphic, with the association's caption and credit. */
function mediaOf(value: Json): Partial<Media>[] {
  return entries(value.associations)
    .filter((a) => MEDIA_TYPES.has(str(a.type) ?? ''))
    .flatMap((a) => {
      const caption = summaryOf(a) ?? str(a.headline) ?? str(entries(a.headlines)[0]?.value);
      const credit = str(a.by) ?? str(a.byline) ?? str(a.copyrightholder);
      return entries(a.renditions).map((r) => ({
        href: str(r.href),
        kind: mediaKindOf(str(a.type), undefined),
        type: str(r.contenttype) ?? str(r.mimetype),
        rel: str(r.name) ?? str(a.name),
        size: intOf(r.sizeinbytes),
        width: intOf(r.width),
        height: intOf(r.height),
        duration: secondsOf(r.duration),
        caption,
        credit,
      }));
    });
}

/** The metadata of one ninjs object whose keys are lower-cased (1.x and 2.x spelling, 3.x read alike). */
export function ninjsMetadata(value: Json): MetadataCandidate {
  return {
    subjects: conceptsOf(value.subjects ?? value.subject),
    keywords: Array.isArray(value.keywords) ? value.keywords.map(str) : undefined,
    genres: conceptsOf(value.genres ?? value.genre),
    urgency: intOf(value.urgency),
    priority: intOf(value.priority),
    byline: str(value.by) ?? str(value.byline),
    people: peopleOf(value),
    summary: summaryOf(value),
    headlines: otherHeadlines(value),
    located: typeof value.located === 'string' ? { name: value.located } : undefined,
    copyright: { holder: str(value.copyrightholder), notice: str(value.copyrightnotice) },
    usageTerms: str(value.usageterms),
    media: mediaOf(value),
  };
}
