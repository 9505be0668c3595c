import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModelDir } from '../model.locator.js';
import { nameKey } from './letter-case.js';

/** Famous people by partial name: keys are `nameKey` of «first patronymic» or «surname»; values full names. */
export interface PersonsGazetteer {
  readonly byFirstAndPatronymic: Readonly<Record<string, string>>;
  readonly bySurname: Readonly<Record<string, string>>;
}

export const EMPTY_GAZETTEER: PersonsGazetteer = { byFirstAndPatronymic: {}, bySurname: {} };
const FILE = 'persons-ru.json';

/** The full name of a person named only by first name and patronymic, or only by surname. */
export function lookUpPerson(
  gazetteer: PersonsGazetteer,
  partial: string,
  by: 'firstAndPatronymic' | 'surname',
): string | undefined {
  const table = by === 'surname' ? gazetteer.bySurname : gazetteer.byFirstAndPatronymic;
  return Object.hasOwn(table, nameKey(partial)) ? table[nameKey(partial)] : undefined;
}

const famous = new WeakMap<PersonsGazetteer, ReadonlySet<string>>();

/** The `nameKey`s of the full names («first last») the gazetteer knows, computed once per gazetteer. */
export function famousNames(gazetteer: PersonsGazetteer): ReadonlySet<string> {
  let names = famous.get(gazetteer);
  if (!names)
    famous.set(
      gazetteer,
      (names = new Set(
        [...Object.values(gazetteer.bySurname), ...Object.values(gazetteer.byFirstAndPatronymic)].map(nameKey),
      )),
    );
  return names;
}

const firstNames = new WeakMap<PersonsGazetteer, ReadonlySet<string>>();

/** The `nameKey`s of the first names of the people the gazetteer knows by first name and patronymic («владимир»). */
export function famousFirstNames(gazetteer: PersonsGazetteer): ReadonlySet<string> {
  let names = firstNames.get(gazetteer);
  if (!names)
    firstNames.set(
      gazetteer,
      (names = new Set(
        Object.keys(gazetteer.byFirstAndPatronymic).map((key) => key.split(' ').slice(0, -1).join(' ')),
      )),
    );
  return names;
}

/** A famous person of the gazetteer: the full name and, when the gazetteer knows it, the patronymic (`nameKey`s). */
export interface FamousPerson {
  readonly name: string;
  readonly patronymic?: string;
}

const byFirst = new WeakMap<PersonsGazetteer, ReadonlyMap<string, readonly FamousPerson[]>>();

/** The gazetteer's famous people with the given first name (by its `nameKey`), computed once per gazetteer. */
export function famousNamesakes(gazetteer: PersonsGazetteer, first: string): readonly FamousPerson[] {
  let table = byFirst.get(gazetteer);
  if (!table) {
    const people = new Map<string, FamousPerson>();
    for (const [key, name] of Object.entries(gazetteer.byFirstAndPatronymic))
      people.set(nameKey(name), { name: nameKey(name), patronymic: key.split(' ')[1] });
    for (const name of Object.values(gazetteer.bySurname))
      if (!people.has(nameKey(name))) people.set(nameKey(name), { name: nameKey(name) });
    const grouped = new Map<string, FamousPerson[]>();
    for (const person of people.values()) {
      const firstName = person.name.split(' ')[0]!;
      grouped.set(firstName, [...(grouped.get(firstName) ?? []), person]);
    }
    byFirst.set(gazetteer, (table = grouped));
  }
  return table.get(nameKey(first)) ?? [];
}

let shared: PersonsGazetteer | undefined;

/** `libs/ner/model/persons-ru.json` (built by `tools/ner/canonical-gazetteer.ts`), or an empty gazetteer. */
export function loadPersonsGazetteer(): PersonsGazetteer {
  if (shared) return shared;
  const file = join(defaultModelDir(), FILE);
  shared = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PersonsGazetteer) : EMPTY_GAZETTEER;
  return shared;
}
