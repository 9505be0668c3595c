import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '@app/ner';
import { dropOverlaps, type GoldSpan } from './factru.reader.js';

/** GUM news documents held out for evaluation (never trained on). */
export const GUM_HELD_OUT = ['stampede', 'taxes', 'warhol', 'warming', 'worship'].map((n) => `GUM_news_${n}`);

const TYPE_MAP: Record<string, EntityType> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', '&', '-', 'on', 'in', 'du', 'von', 'van', 'la']);

export interface GumDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
  /** GUM's own tokens (gold boundaries for token-level scoring). */
  tokens: Array<{ start: number; end: number }>;
}

interface Tok {
  start: number;
  end: number;
  form: string;
  upos: string;
}

interface Open {
  type: string;
  first: number;
}

/**
 * GUM marks every mention («the mayor», «religious schools»); a named entity here is a person/place/organization
 * mention that, after a leading «the/a» and a trailing «'s», is all capitalised words (plus «of», «and», …) and
 * contains a proper noun.
 */
function named(toks: Tok[], first: number, last: number): [number, number] | undefined {
  while (first <= last && /^(the|a|an)$/i.test(toks[first]!.form)) first++;
  while (last >= first && /^['’]s?$/.test(toks[last]!.form)) last--;
  if (first > last) return undefined;
  let proper = false;
  for (let k = first; k <= last; k++) {
    const f = toks[k]!.form;
    if (toks[k]!.upos === 'PROPN') proper = true;
    const afterHyphen = k > first && toks[k - 1]!.form === '-';
    if (f[0] === f[0]!.toLowerCase() && f[0] !== f[0]!.toUpperCase() && !CONNECTORS.has(f) && !afterHyphen)
      return undefined;
  }
  if (!proper || CONNECTORS.has(toks[last]!.form)) return undefined;
  return [first, last];
}

/** Entity brackets in a MISC `Entity=` value: openings `(id-type-…` (closed at once by a trailing `)`), closings `id)`. */
function brackets(misc: string): Array<{ open?: string; close?: string; type?: string }> {
  const value = /Entity=([^|]*)/.exec(misc)?.[1] ?? '';
  const out: Array<{ open?: string; close?: string; type?: string }> = [];
  let i = 0;
  while (i < value.length) {
    let j = i + 1;
    while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
    if (value[i] === '(') {
      const [id, type] = value.slice(i + 1, j).split('-');
      out.push({ open: id, type });
      if (value[j] === ')') out.push({ close: id });
    } else out.push({ close: value.slice(i, j) });
    i = value[j] === ')' ? j + 1 : j;
  }
  return out;
}

function readDoc(path: string, id: string): GumDoc {
  const toks: Tok[] = [];
  const raw: Array<{ type: string; first: number; last: number }> = [];
  const open = new Map<string, Open[]>();
  let text = '';
  let sentence = '';
  let cursor = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar')) {
      if (text && !text.endsWith('\n')) text = text.trimEnd() + '\n';
      continue;
    }
    if (line.startsWith('# text = ')) {
      // Sentences are placed as written (the "# text" line), so «Korea's» has no space before «'s».
      if (text && !text.endsWith('\n')) text += ' ';
      sentence = line.slice(9);
      cursor = 0;
      text += sentence;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
    const found = sentence.indexOf(cols[1]!, cursor);
    const at = found < 0 ? cursor : found;
    const length = found < 0 ? 0 : cols[1]!.length;
    cursor = at + length;
    const start = text.length - sentence.length + at;
    const k = toks.push({ start, end: start + length, form: cols[1]!, upos: cols[3]! }) - 1;
    for (const b of brackets(cols[9]!)) {
      if (b.open) open.set(b.open, [...(open.get(b.open) ?? []), { type: b.type!, first: k }]);
      if (b.close) {
        const o = open.get(b.close)?.pop();
        if (o) raw.push({ type: o.type, first: o.first, last: k });
      }
    }
  }
  const spans: GoldSpan[] = [];
  for (const r of raw) {
    const type = TYPE_MAP[r.type];
    const span = type && named(toks, r.first, r.last);
    if (span) spans.push({ type, start: toks[span[0]]!.start, end: toks[span[1]]!.end });
  }
  return { id, text, spans: dropOverlaps(spans), tokens: toks.map(({ start, end }) => ({ start, end })) };
}

/** Reads the GUM documents; `heldOut` selects the five evaluation news docs, otherwise all the others. */
export function readGum(datasets: string, heldOut: boolean): GumDoc[] {
  const dir = join(datasets, 'gum-en', 'dep');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .map((f) => f.slice(0, -7))
    .filter((id) => GUM_HELD_OUT.includes(id) === heldOut)
    .sort()
    .map((id) => readDoc(join(dir, `${id}.conllu`), id));
}
