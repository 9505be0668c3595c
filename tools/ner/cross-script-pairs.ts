import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@app/contracts';

/** One entity named in Russian and in English. */
export interface NamePair {
  type: 'PER' | 'ORG' | 'LOC';
  ru: string;
  en: string;
  /** Where the pair came from: `pud:<sent_id>`. */
  from: string;
}

interface Span {
  type: NamePair['type'];
  start: number;
  end: number;
  text: string;
}

/** Sentences of a Universal NER file by `sent_id`: the text and its gold PER/LOC/ORG spans as character ranges. */
function readSentences(file: string): Map<string, { text: string; spans: Span[] }> {
  const sentences = new Map<string, { text: string; spans: Span[] }>();
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const id = /^# sent_id = (.+)$/m.exec(block)?.[1];
    const text = /^# text = (.+)$/m.exec(block)?.[1];
    if (!id || !text) continue;
    const spans: Span[] = [];
    let at = 0;
    for (const line of block.split('\n')) {
      const [index, token, label] = line.split('\t');
      if (!index || !/^\d+$/.test(index) || token === undefined) continue;
      const start = text.indexOf(token, at);
      if (start < 0) continue;
      at = start + token.length;
      const [tag, type] = (label ?? 'O').split('-') as [string, NamePair['type'] | undefined];
      if (!type || !['PER', 'ORG', 'LOC'].includes(type)) continue;
      const last = spans[spans.length - 1];
      if (tag === 'I' && last?.type === type) last.end = at;
      else spans.push({ type, start, end: at, text: '' });
    }
    for (const s of spans) s.text = text.slice(s.start, s.end);
    sentences.set(id, { text, spans });
  }
  return sentences;
}

/**
 * Whether two sentences name as many entities of each type. The Russian PUD's gold types disagree with the
 * English ones in places (Цин tagged PER where Qing is ORG and Bogd PER); a sentence that does not name the same
 * entities by type in both languages would pair one entity with another.
 */
function sameTypes(ru: readonly Span[], en: readonly Span[]): boolean {
  const counts = (spans: readonly Span[]) =>
    (['PER', 'ORG', 'LOC'] as const).map((t) => spans.filter((s) => s.type === t).length).join();
  return counts(ru) === counts(en);
}

/**
 * Sentences whose two languages do not name one entity by one name, checked by hand against both texts (and the
 * passing pairs checked as well, for the same faults): the translation names another person (Джон Ватт for James
 * Watt, Джон Бергойн for Joseph Burgoyne) or another region (Юго-Восточная Европа for southern Europe, Германия for
 * the National Socialists), or one English gold span covers two places ("Denver, Colorado"). `from` and type.
 */
const ERRATA: ReadonlySet<string> = new Set([
  'pud:n01049-0001 LOC',
  'pud:w01092-0001 PER',
  'pud:w02008-0002 LOC',
  'pud:w02013-0003 ORG',
  'pud:w05005-0004 PER',
]);

const englishName = (text: string): string => text.replace(/^the\s+/i, '').replace(/['’]s$/, '');

/**
 * Russian–English name pairs from the parallel Universal NER PUD sentences (the same 1,000 sentences in both
 * languages, gold PER/LOC/ORG): a sentence naming exactly one entity of a type in each language, and as many of
 * every type in both, gives one pair.
 * The Russian name is the one the extractor gives the entity that covers the gold span (the canonical form the
 * store would key), so a Russian span the extractor misses gives no pair; the hand-checked errata give none either.
 * Nothing here feeds the identity tables.
 */
export function pudNamePairs(datasets: string, extractRu: (text: string) => Entity[]): NamePair[] {
  const ru = readSentences(join(datasets, 'uner', 'Russian-PUD', 'ru_pud-ud-test.iob2'));
  const en = readSentences(join(datasets, 'uner', 'English-PUD', 'en_pud-ud-test.iob2'));
  const pairs: NamePair[] = [];
  for (const [id, ruSentence] of ru) {
    const enSentence = en.get(id);
    if (!enSentence) continue;
    if (!sameTypes(ruSentence.spans, enSentence.spans)) continue;
    let entities: Entity[] | undefined;
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const ruSpans = ruSentence.spans.filter((s) => s.type === type);
      const enSpans = enSentence.spans.filter((s) => s.type === type);
      if (ruSpans.length !== 1 || enSpans.length !== 1 || ERRATA.has(`pud:${id} ${type}`)) continue;
      const gold = ruSpans[0]!;
      entities ??= extractRu(ruSentence.text);
      const covering = entities.find((e) => e.mentions.some((m) => m.start < gold.end && gold.start < m.end));
      if (!covering) continue;
      pairs.push({ type, ru: covering.name, en: englishName(enSpans[0]!.text), from: `pud:${id}` });
    }
  }
  return pairs;
}
