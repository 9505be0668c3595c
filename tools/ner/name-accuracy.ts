import type { Entity } from '@app/contracts';
import type { FactRuDoc } from './factru.reader.js';

/** Counts per type: gold entities, those the output covers, and those among them named correctly. */
export type NameCounts = Record<string, { gold: number; covered: number; correct: number; lenient?: number }>;

/** A covered gold entity whose output name differs from the gold one. */
export interface NameMiss {
  readonly doc: string;
  readonly type: string;
  readonly gold: string;
  readonly predicted: string;
  readonly mentions: readonly string[];
  /** Whether the name is right as `canonical-eval` reads names. */
  readonly lenient: boolean;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The comparison rule: case-insensitive, ё = е, runs of spaces collapsed, quotes ignored. */
export function sameName(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

const PATRONYMIC = /(вич|вна|чна|оглы|кызы)$/u;
// factRuEval's person names are its fields joined by spaces, so they cannot hold an initial's stop nor a hyphen
// without spaces around it: «Б А Покровский» for «Б.А. Покровский», «Франк - Вальтер» for «Франк-Вальтер».
const fieldForm = (s: string): string =>
  norm(s)
    .replace(/\./g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const withoutPatronymic = (words: readonly string[]): string[] =>
  words.filter((w, i) => !(i > 0 && i < words.length - 1 && PATRONYMIC.test(w)));
// The words of a person's name in a fixed order: factRuEval stores fields, not their order («firstname Цзиньтао»,
// «lastname Ху» is «Ху Цзиньтао»), and a hyphenated part as two fields («firstname Жан», «firstname1 Мари»).
const fieldWords = (words: readonly string[]): string =>
  words
    .flatMap((w) => w.split('-'))
    .sort()
    .join(' ');

/**
 * `sameName`, read as `canonical-eval` reads names: an initial's stop and the spaces around a hyphen ignored, the
 * words in any order, and a person's gold patronymic optional («Минтимер Шаймиев» for gold «Минтимер Шарипович
 * Шаймиев»).
 */
export function samePersonName(predicted: string, gold: string): boolean {
  const [p, g] = [fieldForm(predicted).split(' '), fieldForm(gold).split(' ')];
  const key = fieldWords(p);
  return key === fieldWords(g) || key === fieldWords(withoutPatronymic(g));
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
 * one of its gold spans; the output entity owning the first such mention must carry one of the gold names (the
 * `.coref` block lists an entity's other names and a person's variants too) under `sameName` (`correct`), or
 * under `samePersonName` for persons (`lenient`). Misses under `sameName` go to `misses` when given.
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
    const same = gold.type === 'PER' ? samePersonName : sameName;
    const lenient = gold.names.some((name) => same(match.name, name));
    if (lenient) c.lenient = (c.lenient ?? 0) + 1;
    if (gold.names.some((name) => sameName(match.name, name))) c.correct++;
    else
      misses?.push({
        doc: doc.id,
        type: gold.type,
        gold: gold.names.join(' | '),
        predicted: match.name,
        mentions: match.mentions.map((m) => m.text),
        lenient,
      });
  }
  return into;
}
