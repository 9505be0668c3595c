import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../infra/index.js';
import { datasetsDir } from './datasets-dir.js';

// Builds `libs/ner/model/persons-ru.json`, the known-persons gazetteer of `resolveEntities`, from the Wikidata
// links of NEREL's train and dev splits (never test): «Нурсултан Абишевич» → «Нурсултан Назарбаев» and, for
// people the corpus names often, «Назарбаев» → «Нурсултан Назарбаев». Ambiguous keys are left out.
// Data: NEREL (Loukachevitch et al.), texts from Russian Wikinews (CC BY 2.5), labels from Wikidata (CC0).
const SPLITS = ['train', 'dev'] as const;
const MIN_DOCS = { firstAndPatronymic: 2, surname: 3 };
const PATRONYMIC = /(вич|вна|ична|инична|оглы|кызы)$/u;
const CYRILLIC_NAME = /^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$/u;

interface Person {
  readonly first: string;
  readonly patronymic?: string;
  readonly last: string;
  readonly docs: Set<string>;
}

/** «Нурсултан Абишевич Назарбаев», «Руснок, Иржи» → name parts; undefined for anything else («Елизавета II»). */
export function parseLabel(label: string): Omit<Person, 'docs'> | undefined {
  const words = label.includes(',')
    ? label
        .split(',')
        .map((w) => w.trim())
        .reverse()
        .join(' ')
        .split(/\s+/)
    : label.split(/\s+/);
  if (!words.every((w) => CYRILLIC_NAME.test(w))) return undefined;
  if (words.length === 2) return { first: words[0]!, last: words[1]! };
  if (words.length === 3 && PATRONYMIC.test(words[1]!))
    return { first: words[0]!, patronymic: words[1]!, last: words[2]! };
  return undefined;
}

function readPersons(dir: string, persons: Map<string, Person>): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann'))) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const isPerson = new Set(lines.filter((l) => /^T\d+\tPERSON /.test(l)).map((l) => l.split('\t')[0]!));
    for (const line of lines.filter((l) => l.startsWith('N'))) {
      const [, reference, label] = line.split('\t');
      const [, target, link] = (reference ?? '').split(' ');
      const qid = /^Wikidata:(Q\d+)$/.exec(link ?? '')?.[1];
      const name = qid && isPerson.has(target ?? '') ? parseLabel((label ?? '').trim()) : undefined;
      if (!qid || !name) continue;
      const person = persons.get(qid) ?? { ...name, docs: new Set<string>() };
      person.docs.add(`${dir}/${file}`);
      persons.set(qid, person);
    }
  }
}

// Keys that name exactly one person, mapped to «First Last».
function unambiguous(
  persons: readonly Person[],
  keyOf: (p: Person) => string | undefined,
  minDocs: number,
): Record<string, string> {
  const byKey = new Map<string, Person[]>();
  for (const p of persons) {
    const key = keyOf(p);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const table: Record<string, string> = {};
  for (const [key, [person, ...others]] of [...byKey].sort(([a], [b]) => a.localeCompare(b, 'ru'))) {
    if (others.length === 0 && person!.docs.size >= minDocs) table[key] = `${person!.first} ${person!.last}`;
  }
  return table;
}

function main(): void {
  const datasets = datasetsDir();
  const nerel = datasets && join(datasets, 'NEREL', 'NEREL-v1.1');
  if (!nerel || !existsSync(nerel)) {
    console.log('canonical-gazetteer: NEREL not found (set NER_DATASETS_DIR); skipping.');
    return;
  }
  const found = new Map<string, Person>();
  for (const split of SPLITS) readPersons(join(nerel, split), found);
  const persons = [...found.values()];
  const key = (...parts: string[]): string => parts.join(' ').toLowerCase().replaceAll('ё', 'е');
  const gazetteer = {
    source: 'NEREL v1.1 train+dev Wikidata links (texts: Russian Wikinews, CC BY 2.5; labels: Wikidata, CC0)',
    byFirstAndPatronymic: unambiguous(
      persons,
      (p) => (p.patronymic ? key(p.first, p.patronymic) : undefined),
      MIN_DOCS.firstAndPatronymic,
    ),
    bySurname: unambiguous(persons, (p) => key(p.last), MIN_DOCS.surname),
  };
  const out = join(projectRoot(), 'libs', 'ner', 'model', 'persons-ru.json');
  writeFileSync(out, `${JSON.stringify(gazetteer, null, 1)}\n`);
  const sizes = `${Object.keys(gazetteer.byFirstAndPatronymic).length} first+patronymic, ${Object.keys(gazetteer.bySurname).length} surnames`;
  console.log(`canonical-gazetteer: ${persons.length} linked persons → ${out} (${sizes})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
