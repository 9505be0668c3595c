import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_BODY_HEADS, type EntityType } from '@app/ner';
import type { GoldSpan } from './factru.reader.js';

const TYPE_MAP: Record<string, EntityType> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  COUNTRY: 'LOC',
  CITY: 'LOC',
  STATE_OR_PROVINCE: 'LOC',
  LOCATION: 'LOC',
  DISTRICT: 'LOC',
};

/** NEREL files streets and squares under FACILITY; factRuEval has them as Location («Манежной площади»). */
const STREET = /(^|\s)(улиц|площад|проспект|бульвар|переул|шоссе|набережн|проезд|аллея|аллее|аллеи)/u;

/** One NEREL document mapped to PER/ORG/LOC spans. */
export interface NerelDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
  /** Mentions factRuEval would label O or ORG: tagging them ORG is not counted wrong in training. */
  partial: Array<{ start: number; end: number; type: EntityType }>;
}

/**
 * NEREL's PRODUCT holds web services that factRuEval tags as organisations («Twitter», «Facebook», which NEREL
 * also tags ORGANIZATION elsewhere) beside products it leaves out («iPhone», «Windows»). Taught as O, they
 * pulled organisation names down; now the tagger is corrected there only for a person or a place, and the
 * factRuEval devset settles ORG or O.
 */
const PARTIAL: Record<string, EntityType> = { PRODUCT: 'ORG' };

function isLower(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Start of the first word at or after `from` that is not lower-case (quotes and spaces skipped too). */
function nameStart(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    if (isLower(text, i)) {
      while (i < end && text[i] !== ' ') i++;
    } else if (/[\s«»"“”„]/u.test(text[i]!)) i++;
    else return i;
  }
  return end;
}

/**
 * factRuEval's ORG and LOC are the *name* only: «движение «Солидарность»» is ORG «Солидарность», «мэрии
 * Москвы» is a descriptor plus LOC «Москвы». So leading lower-case descriptor words are cut from NEREL ORG/LOC
 * spans (the span gives way if a nested entity starts there). Trailing descriptors stay: factRuEval keeps
 * «Камчатский край», «Курильские острова» whole. (Splitting «Конгресса США» into ORG + LOC was tried and
 * scored no better in 5-fold devset cross-validation.)
 */
function adapt(text: string, s: GoldSpan, all: readonly GoldSpan[]): GoldSpan | undefined {
  if (s.type === 'PER') return s;
  const start = isLower(text, s.start) ? nameStart(text, s.start, s.end) : s.start;
  if (start >= s.end) return undefined;
  if (start !== s.start && all.some((o) => o !== s && o.start === start && o.end <= s.end)) return undefined;
  const end = trimEnd(text, start, s.type === 'ORG' ? orgNameEnd(text, s, all) : s.end);
  return end > start ? { ...s, start, end } : undefined;
}

/** Words left dangling at the end of a cut name («Посольство США в» → «Посольство США»). */
const DANGLING = new Set([
  'в',
  'во',
  'на',
  'по',
  'при',
  'и',
  'для',
  'of',
  'at',
  'in',
  'the',
  'и',
  'из',
  'от',
  'с',
  'со',
  'у',
]);

function trimEnd(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && /[\s«»"“”„,(]/u.test(text[end - 1]!)) end--;
    const space = text.lastIndexOf(' ', end - 1);
    if (space < start || !DANGLING.has(text.slice(space + 1, end))) return end;
    end = space;
  }
}

/** Heads of state bodies: factRuEval cuts their trailing country («Конгресса» + «США»), unlike brand names. */
const STATE_BODY = new RegExp(`^(${STATE_BODY_HEADS.join('|')})`, 'u');

/**
 * factRuEval's org_name stops before a trailing place when the name is a state body's: «Конгресса США» is ORG
 * «Конгресса» plus LOC «США»; «Голос Америки» stays whole. NEREL nests them, so such an ORG is cut where its
 * longest trailing nested place starts (the place is then kept on its own by `outermost`).
 */
function orgNameEnd(text: string, s: GoldSpan, all: readonly GoldSpan[]): number {
  if (!STATE_BODY.test(text.slice(s.start, s.end).toLowerCase())) return s.end;
  let cut = s.end;
  for (const o of all) if (o.type === 'LOC' && o.start > s.start && o.end === s.end && o.start < cut) cut = o.start;
  return cut;
}

/** Keeps the outermost mapped spans; nested ones survive only where their parent was dropped. */
function outermost(spans: GoldSpan[]): GoldSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GoldSpan[] = [];
  for (const s of sorted) {
    if (kept.length > 0 && s.start < kept[kept.length - 1]!.end) continue;
    kept.push(s);
  }
  return kept;
}

/** One document from its text and its brat `.ann` lines. */
export function parseNerelDoc(id: string, text: string, ann: string): NerelDoc {
  const raw: GoldSpan[] = [];
  const partial: NerelDoc['partial'] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [, info, mention] = line.split('\t');
    const [kind, ...offsets] = (info ?? '').split(/[\s;]+/);
    const type = TYPE_MAP[kind ?? ''] ?? (kind === 'FACILITY' && STREET.test(mention ?? '') ? 'LOC' : undefined);
    if (offsets.length < 2) continue;
    const nums = offsets.map(Number);
    if (!type) {
      const maybe = PARTIAL[kind ?? ''];
      if (maybe) partial.push({ type: maybe, start: Math.min(...nums), end: Math.max(...nums) });
      continue;
    }
    raw.push({ type, start: Math.min(...nums), end: Math.max(...nums) });
  }
  return { id, text, spans: projectSpans(text, raw), partial };
}

/** NEREL's nested PER/ORG/LOC spans (already mapped) projected onto factRuEval's flat conventions. */
export function projectSpans(text: string, raw: readonly GoldSpan[]): GoldSpan[] {
  return outermost(raw.map((s) => adapt(text, s, raw)).filter((s): s is GoldSpan => s !== undefined));
}

/** Reads a NEREL split (`train`, `dev` or `test`). */
export function readNerel(datasets: string, split: 'train' | 'dev' | 'test'): NerelDoc[] {
  const dir = join(datasets, 'NEREL', 'NEREL-v1.1', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort()
    .map((id) =>
      parseNerelDoc(id, readFileSync(join(dir, `${id}.txt`), 'utf8'), readFileSync(join(dir, `${id}.ann`), 'utf8')),
    );
}
