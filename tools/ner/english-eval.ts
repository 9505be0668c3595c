import type { Entity } from '@app/contracts';
import { ENTITY_TYPES } from '@app/ner';
import type { TokenDoc } from './bio-doc.js';
import { readPud, readWikiGold } from './english.readers.js';
import { articlesOf, articlesPerSecond, type Rate } from './extractor-speed.js';
import { readGum } from './gum.reader.js';
import { type CountsByType, f1, tokenCounts, type TypedSpan } from './token-f1.js';

type Extract = (text: string, lang: string) => readonly Entity[];
type F1 = ReturnType<typeof f1>;

/** Issue #24's English targets (token F1). */
export const ENGLISH_TARGETS: Record<string, Record<string, number>> = {
  gum: { PER: 0.9, LOC: 0.85, ORG: 0.75 },
  wikigold: { PER: 0.85, LOC: 0.8, ORG: 0.7 },
};

const mentionsOf = (entities: readonly Entity[]): TypedSpan[] =>
  entities.flatMap((e) => e.mentions.map((m) => ({ type: e.type, start: m.start, end: m.end })));

function tokenF1(extract: Extract, docs: readonly TokenDoc[]): Record<string, F1> {
  const tok: CountsByType = {};
  for (const d of docs) tokenCounts(d.spans, mentionsOf(extract(d.text, 'en')), d.tokens, ENTITY_TYPES, tok);
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, f1(tok[t]!)]));
}

/** English evaluation sets, none of them trained on: GUM's held-out news, WikiGold, English-PUD. */
export function englishSets(datasets: string): Record<string, TokenDoc[]> {
  return { gum: readGum(datasets, true), wikigold: readWikiGold(datasets), pud: readPud(datasets) };
}

/** Token F1 per type of the extractor's output on each English set. */
export function englishScores(extract: Extract, sets: Record<string, TokenDoc[]>): Record<string, Record<string, F1>> {
  return Object.fromEntries(Object.entries(sets).map(([name, docs]) => [name, tokenF1(extract, docs)]));
}

/** English extraction speed on ~3 KB articles cut from the WikiGold and PUD texts. */
export function englishSpeed(extract: Extract, sets: Record<string, TokenDoc[]>, seconds: number): Rate {
  const articles = articlesOf(
    [...sets.wikigold!, ...sets.pud!].map((d) => d.text),
    3000,
  );
  return articlesPerSecond(articles, (a) => extract(a, 'en'), seconds, 3);
}

/** One line per set: token P/R/F1 per type, and each target met or missed. */
export function formatEnglish(scores: Record<string, Record<string, F1>>): string[] {
  return Object.entries(scores).map(([name, byType]) => {
    const cells = ENTITY_TYPES.map((t) => {
      const s = byType[t]!;
      const target = ENGLISH_TARGETS[name]?.[t];
      const mark = target === undefined ? '' : s.f1 >= target ? ` (≥${target} ✓)` : ` (<${target} ✗)`;
      return `${t} ${s.p.toFixed(3)}/${s.r.toFixed(3)}/${s.f1.toFixed(3)}${mark}`;
    });
    return `en ${name.padEnd(8)} token P/R/F1: ${cells.join('  ')}`;
  });
}
