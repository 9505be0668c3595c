import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '@app/ner';
import { dropOverlaps, type GoldSpan } from './factru.reader.js';
import { type GumMention, type GumToken, nameSpan } from './gum-names.js';

/** GUM news documents held out for evaluation (never trained on). */
export const GUM_HELD_OUT = ['stampede', 'taxes', 'warhol', 'warming', 'worship'].map((n) => `GUM_news_${n}`);

const TYPE_MAP: Record<string, EntityType> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export interface GumDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
  /** GUM's own tokens (gold boundaries for token-level scoring). */
  tokens: Array<{ start: number; end: number }>;
}

function identityOf(raw: string): string | undefined {
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

interface Bracket {
  open?: string;
  close?: string;
  type?: string;
  identity?: string;
}

/**
 * Entity brackets in a MISC `Entity=` value: openings `(id-type-infstat-salience-centering-minspan-link[-identity]`
 * (closed at once by a trailing `)`), closings `id)`. The identity is a Wikipedia title, %-escaped.
 */
function brackets(misc: string): Bracket[] {
  const value = /Entity=([^|]*)/.exec(misc)?.[1] ?? '';
  const out: Bracket[] = [];
  let i = 0;
  while (i < value.length) {
    let j = i + 1;
    while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
    if (value[i] === '(') {
      const [id, type, ...rest] = value.slice(i + 1, j).split('-');
      out.push({ open: id, type, identity: identityOf(rest.slice(5).join('-')) });
      if (value[j] === ')') out.push({ close: id });
    } else out.push({ close: value.slice(i, j) });
    i = value[j] === ')' ? j + 1 : j;
  }
  return out;
}

function readDoc(path: string, id: string): GumDoc {
  const toks: GumToken[] = [];
  const raw: GumMention[] = [];
  const open = new Map<string, Array<Omit<GumMention, 'last'>>>();
  let text = '';
  let sentence = '';
  let cursor = 0;
  let base = 0;
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
    if (cols[0] === '1') base = toks.length;
    const head = cols[6] === '0' ? -1 : base + Number(cols[6]) - 1;
    const [form, , upos, , feats, , deprel] = cols.slice(1) as string[];
    const k =
      toks.push({
        start,
        end: start + length,
        form: form!,
        upos: upos!,
        feats: feats!,
        head,
        deprel: deprel!,
        initial: cols[0] === '1',
      }) - 1;
    for (const b of brackets(cols[9]!)) {
      if (b.open) open.set(b.open, [...(open.get(b.open) ?? []), { type: b.type!, first: k, identity: b.identity }]);
      if (b.close) {
        const o = open.get(b.close)?.pop();
        if (o) raw.push({ ...o, last: k });
      }
    }
  }
  const mentions = new Set(raw.map((r) => `${r.first}:${r.last}`));
  const isMention = (s: { first: number; last: number }): boolean => mentions.has(`${s.first}:${s.last}`);
  const spans: GoldSpan[] = [];
  for (const r of raw) {
    const type = TYPE_MAP[r.type];
    const span = type && nameSpan(toks, r, isMention);
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
