import type { Entity } from '@app/contracts';
import type { FactRuDoc } from './factru.reader.js';

/** Counts per type: gold entities, those the output covers, and those among them named correctly. */
export type NameCounts = Record<string, { gold: number; covered: number; correct: number }>;

/** A covered gold entity whose output name differs from the gold one. */
export interface NameMiss {
  readonly doc: string;
  readonly type: string;
  readonly gold: string;
  readonly predicted: string;
  readonly mentions: readonly string[];
}

/** The comparison rule: case-insensitive, ё = е, runs of spaces collapsed, quotes ignored. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[«»"“”„]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

// The output entity owning the first output mention of the gold entity's type that overlaps one of its spans.
function matchOf(gold: FactRuDoc['entities'][number], output: readonly Entity[]): Entity | undefined {
  let match: Entity | undefined;
  let first = Infinity;
  for (const e of output) {
    if (e.type !== gold.type) continue;
    for (const m of e.mentions) {
      if (m.start < first && gold.spans.some((g) => m.start < g.end && g.start < m.end)) {
        match = e;
        first = m.start;
      }
    }
  }
  return match;
}

/**
 * Canonical-name accuracy: a gold `.coref` entity is covered when an output mention of the same type overlaps
 * one of its gold spans; the output entity owning the first such mention must carry the gold name
 * ("firstname [patronymic] lastname" for persons, `name` otherwise) under `sameName`. Misses go to `misses`
 * when given.
 */
export function nameCounts(
  doc: FactRuDoc,
  output: readonly Entity[],
  into: NameCounts = {},
  misses?: NameMiss[],
): NameCounts {
  for (const gold of doc.entities) {
    const c = (into[gold.type] ??= { gold: 0, covered: 0, correct: 0 });
    c.gold++;
    const match = matchOf(gold, output);
    if (!match) continue;
    c.covered++;
    if (sameName(match.name, gold.name)) c.correct++;
    else
      misses?.push({
        doc: doc.id,
        type: gold.type,
        gold: gold.name,
        predicted: match.name,
        mentions: match.mentions.map((m) => m.text),
      });
  }
  return into;
}
