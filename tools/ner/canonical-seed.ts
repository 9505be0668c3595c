import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveEntities, type Mention } from '@app/ner';
import { projectRoot } from '../infra/index.js';

// Prints the entities `resolveEntities` makes of the seed article (`../shared/samples/seed-article.txt`) from
// hand-marked mentions: every occurrence of each surface form below, as a tagger would mark it.
const MARKS: readonly [Mention['type'], string][] = [
  ['PER', 'Касым-Жомарт Токаев'],
  ['PER', 'Рустам Минниханов'],
  ['PER', 'Токаев'],
  ['PER', 'Габдуллы Тукая'],
  ['PER', 'Минтимер Шарипович Шаймиев'],
  ['PER', 'Нурсултаном Абишевичем'],
  ['LOC', 'Казахстан'],
  ['LOC', 'Казахстана'],
  ['LOC', 'Казахстане'],
  ['LOC', 'Татарстан'],
  ['LOC', 'Татарстана'],
  ['LOC', 'Татарстаном'],
  ['LOC', 'Республики Казахстан'],
  ['LOC', 'Республики Татарстан'],
  ['LOC', 'Нур-Султан'],
  ['LOC', 'Карагандинскую область'],
  ['LOC', 'Сарани'],
  ['LOC', 'Российской Федерацией'],
  ['LOC', 'российско-казахстанских'],
  ['ORG', 'Хабар 24'],
  ['ORG', 'Татнефти'],
  ['ORG', 'КАМАЗа'],
];

function mark(text: string): Mention[] {
  return MARKS.flatMap(([type, surface]) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}-])${surface}(?![\\p{L}-])`, 'gu'))].map((m) => ({
      type,
      start: m.index,
      end: m.index + surface.length,
      text: surface,
    })),
  );
}

function main(): void {
  const file = resolve(projectRoot(), '..', 'shared', 'samples', 'seed-article.txt');
  if (!existsSync(file)) {
    console.log(`canonical-seed: ${join('..', 'shared', 'samples', 'seed-article.txt')} not found; skipping.`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const mentions = mark(text);
  // Nested marks («Республики Казахстан» contains «Казахстан»): keep the longer, as a tagger would.
  const kept = mentions.filter(
    (m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  for (const e of resolveEntities(text, kept, 'ru')) {
    console.log(`${e.type} ${e.name} ×${e.count}: ${[...new Set(e.mentions.map((m) => m.text))].join(', ')}`);
  }
}

main();
