import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '@app/ner';
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

/** One NEREL document mapped to PER/ORG/LOC spans. */
export interface NerelDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
}

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
  let end = s.end;
  while (/[\s«»"“”„]/u.test(text[end - 1]!) && end > start) end--;
  return { ...s, start, end };
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

function readDoc(dir: string, id: string): NerelDoc {
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
  const raw: GoldSpan[] = [];
  for (const line of readFileSync(join(dir, `${id}.ann`), 'utf8').split('\n')) {
    if (!line.startsWith('T')) continue;
    const [, info] = line.split('\t');
    const [kind, ...offsets] = (info ?? '').split(/[\s;]+/);
    const type = TYPE_MAP[kind ?? ''];
    if (!type || offsets.length < 2) continue;
    const nums = offsets.map(Number);
    raw.push({ type, start: Math.min(...nums), end: Math.max(...nums) });
  }
  const spans = raw.map((s) => adapt(text, s, raw)).filter((s): s is GoldSpan => s !== undefined);
  return { id, text, spans: outermost(spans) };
}

/** Reads a NEREL split (`train`, `dev` or `test`). */
export function readNerel(datasets: string, split: 'train' | 'dev' | 'test'): NerelDoc[] {
  const dir = join(datasets, 'NEREL', 'NEREL-v1.1', split);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort().map((id) => readDoc(dir, id));
}
