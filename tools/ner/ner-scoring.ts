import { ENTITY_TYPES, type EntityTagger } from '@app/ner';
import { type CountsByType, f1, spanCounts, tokenCounts, type TypedSpan } from './token-f1.js';

/** A document to score: text, gold spans and the gold token boundaries. */
export interface ScoredDoc {
  text: string;
  spans: readonly TypedSpan[];
  tokens: ReadonlyArray<{ start: number; end: number }>;
}

export interface TypeScore {
  token: { p: number; r: number; f1: number };
  span: { p: number; r: number; f1: number };
}

/** Token-level and exact-span scores per type, counts summed over documents. */
export function scoreTagger(tagger: EntityTagger, docs: readonly ScoredDoc[]): Record<string, TypeScore> {
  const tok: CountsByType = {};
  const span: CountsByType = {};
  for (const d of docs) {
    const pred = tagger.tag(d.text);
    tokenCounts(d.spans, pred, d.tokens, ENTITY_TYPES, tok);
    spanCounts(d.spans, pred, ENTITY_TYPES, span);
  }
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, { token: f1(tok[t]!), span: f1(span[t]!) }]));
}

/** One line per type: token P/R/F1 and span F1. */
export function formatScores(title: string, scores: Record<string, TypeScore>): string {
  const rows = Object.entries(scores).map(
    ([t, s]) =>
      `  ${t}  token P ${s.token.p.toFixed(3)} R ${s.token.r.toFixed(3)} F1 ${s.token.f1.toFixed(3)}   span F1 ${s.span.f1.toFixed(3)}`,
  );
  return [title, ...rows].join('\n');
}
