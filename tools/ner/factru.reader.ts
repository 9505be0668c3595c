import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '@app/ner';

/** A gold span in characters. */
export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** One factRuEval document: text, benchmark gold spans, gold tokens, and coref canonical names. */
export interface FactRuDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
  tokens: Array<{ start: number; end: number }>;
  /**
   * Canonical names per gold entity (`name` is the first of `names`) with its type and the character spans of its
   * mentions.
   */
  entities: Array<{
    type: EntityType;
    name: string;
    names: string[];
    spans: Array<{ start: number; end: number }>;
  }>;
}

interface RawSpan {
  type: string;
  start: number;
  end: number;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n');
}

function readSpans(path: string): Map<string, RawSpan> {
  const spans = new Map<string, RawSpan>();
  for (const line of lines(path)) {
    const [id, type, start, len] = line.split('#')[0]!.trim().split(/\s+/);
    if (!id || !type || start === undefined || len === undefined) continue;
    spans.set(id, { type, start: Number(start), end: Number(start) + Number(len) });
  }
  return spans;
}

interface RawObject {
  id: string;
  kind: string;
  spans: RawSpan[];
}

function readObjects(path: string, spans: Map<string, RawSpan>): RawObject[] {
  return lines(path).flatMap((line) => {
    const [id, kind, ...ids] = line.split('#')[0]!.trim().split(/\s+/);
    if (!id || !kind) return [];
    return [{ id, kind, spans: ids.map((s) => spans.get(s)).filter((s): s is RawSpan => s !== undefined) }];
  });
}

/** The benchmark's gold spans for one object (README recipe), before overlap removal. */
function objectSpans(o: RawObject): GoldSpan[] {
  if (o.kind === 'Person' && o.spans.length > 0) {
    return [
      { type: 'PER', start: Math.min(...o.spans.map((s) => s.start)), end: Math.max(...o.spans.map((s) => s.end)) },
    ];
  }
  if (o.kind === 'Org')
    return o.spans.filter((s) => s.type === 'org_name').map((s) => ({ ...s, type: 'ORG' as const }));
  if (o.kind === 'Location' || o.kind === 'LocOrg') {
    return o.spans.filter((s) => s.type === 'loc_name').map((s) => ({ ...s, type: 'LOC' as const }));
  }
  return [];
}

/** Sort by start (longer first) and drop any span starting before the previous kept one ends. */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) {
    if (kept.length > 0 && s.start < kept[kept.length - 1]!.end) continue;
    kept.push(s);
  }
  return kept;
}

function readTokens(path: string): Array<{ start: number; end: number }> {
  return lines(path).flatMap((line) => {
    const [, start, len] = line.trim().split(/\s+/);
    return start === undefined || len === undefined ? [] : [{ start: Number(start), end: Number(start) + Number(len) }];
  });
}

const KIND_TYPE: Record<string, EntityType> = { Person: 'PER', Org: 'ORG', Location: 'LOC', LocOrg: 'LOC' };

// A person's fields in name order; a key with a digit continues the field before it («firstname Жан»,
// «firstname1 Мари»; «lastname Саишвили», «lastname1 Чантурия»).
const PERSON_FIELDS = ['firstname', 'firstname1', 'firstname2', 'patronymic', 'lastname', 'lastname1'];

// Every name a block lists. A key may repeat: an organisation's or place's other names («name Китай»,
// «name Поднебесная»), a person's variants («firstname Александр», «firstname Саша»); a person gets one name per
// choice of variants.
function blockNames(kind: string, values: (key: string) => string[]): string[] {
  if (kind !== 'Person' || PERSON_FIELDS.every((k) => values(k).length === 0))
    return values('name').length > 0 ? values('name') : values('nickname');
  return PERSON_FIELDS.reduce<string[]>(
    (names, key) => (values(key).length === 0 ? names : names.flatMap((n) => values(key).map((v) => `${n} ${v}`))),
    [''],
  ).map((n) => n.trim());
}

/**
 * Canonical names from `.coref`: persons' fields in name order (firstname, firstname1, patronymic, lastname,
 * lastname1), every `name` line otherwise.
 */
function readEntities(path: string, objects: RawObject[]): FactRuDoc['entities'] {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const out: FactRuDoc['entities'] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const [head, ...rest] = block.trim().split('\n');
    if (!head) continue;
    const objs = head
      .trim()
      .split(/\s+/)
      .slice(1)
      .map((id) => byId.get(id))
      .filter((o): o is RawObject => !!o);
    const kind = objs.find((o) => KIND_TYPE[o.kind])?.kind;
    if (!kind) continue;
    const pairs = rest.map((l) => [l.trim().split(/\s+/)[0]!, l.trim().split(/\s+/).slice(1).join(' ')] as const);
    const values = (key: string): string[] => pairs.filter(([k, v]) => k === key && v).map(([, v]) => v);
    const names = blockNames(kind, values);
    if (names.length === 0) continue;
    const spans = objs.flatMap((o) => objectSpans(o)).map(({ start, end }) => ({ start, end }));
    out.push({ type: KIND_TYPE[kind]!, name: names[0]!, names, spans });
  }
  return out;
}

/** Reads `devset` or `testset` of factRuEval-2016. */
export function readFactRu(dir: string, part: 'devset' | 'testset'): FactRuDoc[] {
  const base = join(dir, 'factRuEval-2016', part);
  const ids = readdirSync(base)
    .filter((f) => f.startsWith('book_') && f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return ids.map((id) => {
    const p = (ext: string) => join(base, `${id}.${ext}`);
    const objects = readObjects(p('objects'), readSpans(p('spans')));
    return {
      id,
      text: readFileSync(p('txt'), 'utf8'),
      spans: dropOverlaps(objects.flatMap(objectSpans)),
      tokens: readTokens(p('tokens')),
      entities: readEntities(p('coref'), objects),
    };
  });
}
