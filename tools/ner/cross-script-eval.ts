import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityKey } from '@app/contracts';
import type { EntityExtractor } from '@app/ner';
import { pudNamePairs, type NamePair } from './cross-script-pairs.js';

const NEREL_TYPES: Record<string, NamePair['type']> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  CITY: 'LOC',
  COUNTRY: 'LOC',
  STATE_OR_PROV: 'LOC',
  DISTRICT: 'LOC',
  LOCATION: 'LOC',
};

/** NEREL's Wikidata-linked entities: one canonical Russian label and a type per distinct Wikidata id. */
function nerelEntities(datasets: string): Map<string, { type: NamePair['type']; label: string }> {
  const entities = new Map<string, { type: NamePair['type']; label: string }>();
  const root = join(datasets, 'NEREL', 'NEREL-v1.1');
  for (const split of ['train', 'dev', 'test']) {
    for (const file of readdirSync(join(root, split)).filter((f) => f.endsWith('.ann'))) {
      const lines = readFileSync(join(root, split, file), 'utf8').split('\n');
      const types = new Map(
        lines.filter((l) => l.startsWith('T')).map((l) => [l.split('\t')[0], l.split('\t')[1]?.split(' ')[0]]),
      );
      for (const line of lines.filter((l) => l.startsWith('N'))) {
        const [, reference, label] = line.split('\t');
        const [, target, id] = reference?.split(' ') ?? [];
        const type = NEREL_TYPES[types.get(target) ?? ''];
        if (!type || !label || !id?.startsWith('Wikidata:Q')) continue;
        entities.set(id, { type, label });
      }
    }
  }
  return entities;
}

/** Distinct Wikidata entities whose labels the identity gives one key: the wrong-merge rate on Russian names. */
function wrongMerges(datasets: string): { distinct: number; merged: number; groups: string[][] } {
  const byKey = new Map<string, string[]>();
  const entities = nerelEntities(datasets);
  for (const [id, { type, label }] of entities) {
    const key = entityKey(type, label);
    byKey.set(key, [...(byKey.get(key) ?? []), `${type} ${label} (${id.slice('Wikidata:'.length)})`]);
  }
  // Ids that share an identical label (NEREL links namesakes and its own duplicates) would share any name-based key;
  // what the identity adds is a merge of different labels.
  const label = (member: string) =>
    member
      .replace(/ \(Q\d+\)$/, '')
      .toLowerCase()
      .replaceAll('ё', 'е');
  const groups = [...byKey.values()].filter((g) => new Set(g.map(label)).size > 1);
  return { distinct: entities.size, merged: groups.reduce((n, g) => n + g.length, 0), groups };
}

const share = (pairs: readonly NamePair[]): string => {
  const same = pairs.filter((p) => entityKey(p.type, p.ru) === entityKey(p.type, p.en)).length;
  return `${(same / Math.max(1, pairs.length)).toFixed(3)} (${same}/${pairs.length})`;
};

/**
 * 140 Russian–English names of people, organisations and places in the news (heads of state, companies, clubs,
 * Kazakh and Tatarstan towns), written by hand on 2026-12-08 apart from PUD and the training sets: a second check
 * that the rules do not fit PUD alone. The tools folder holds it beside this file (tsc does not copy it to dist).
 */
function newsNames(): NamePair[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(here.replace(/\/dist\/tools\//, '/tools/'), 'cross-script-news-names.tsv');
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .map(([type, ru, en]) => ({ type: type as NamePair['type'], ru: ru!, en: en!, from: 'news-names' }));
}

/**
 * The cross-script section of `npm run eval:ner`: the share of Russian–English name pairs (parallel PUD sentences)
 * that get one entity key, overall and per type, over all pairs and over distinct ones; and the wrong-merge rate
 * over NEREL's distinct Wikidata entities (two different ids under one key). Prints the lines it returns.
 */
export function crossScriptEval(datasets: string, extractor: EntityExtractor, shown = 12): string[] {
  const pairs = pudNamePairs(datasets, (text) => extractor.extract(text, 'ru'));
  const distinct = [...new Map(pairs.map((p) => [`${p.type}|${p.ru}|${p.en}`.toLowerCase(), p])).values()];
  const lines = [
    `cross-script identity: ${pairs.length} ru–en name pairs from parallel Universal NER PUD sentences (${distinct.length} distinct); share with one key:`,
    `  all ${share(pairs)}, distinct ${share(distinct)}; ` +
      (['PER', 'ORG', 'LOC'] as const).map((t) => `${t} ${share(distinct.filter((p) => p.type === t))}`).join(', '),
  ];
  lines.push(
    `  ${newsNames().length} hand-written news names (tools/ner/cross-script-news-names.tsv): ${share(newsNames())}`,
  );
  const misses = distinct.filter((p) => entityKey(p.type, p.ru) !== entityKey(p.type, p.en));
  const apart = misses.slice(0, shown).map((p) => `${p.type} «${p.ru}» ≠ "${p.en}" (${p.from})`);
  if (shown === Infinity) lines.push(`  apart (${misses.length}):`, ...apart.map((a) => `    ${a}`));
  else lines.push(`  e.g. apart: ${apart.join('; ')}`);
  const merges = wrongMerges(datasets);
  lines.push(
    `  merges of different names: ${merges.merged} of ${merges.distinct} distinct NEREL Wikidata entities share a key with an entity of another name (${((100 * merges.merged) / Math.max(1, merges.distinct)).toFixed(2)} %; namesakes with one label left out); check by hand:`,
  );
  for (const group of merges.groups.slice(0, shown)) lines.push(`    ${group.join(' = ')}`);
  return lines;
}
