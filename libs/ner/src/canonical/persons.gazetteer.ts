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
export function lookUpPerson(gazetteer: PersonsGazetteer, partial: string, by: 'firstAndPatronymic' | 'surname'): string | undefined {
  const table = by === 'surname' ? gazetteer.bySurname : gazetteer.byFirstAndPatronymic;
  return Object.hasOwn(table, nameKey(partial)) ? table[nameKey(partial)] : undefined;
}

let shared: PersonsGazetteer | undefined;

/** `libs/ner/model/persons-ru.json` (built by `tools/ner/canonical-gazetteer.ts`), or an empty gazetteer. */
export function loadPersonsGazetteer(): PersonsGazetteer {
  if (shared) return shared;
  const file = join(defaultModelDir(), FILE);
  shared = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PersonsGazetteer) : EMPTY_GAZETTEER;
  return shared;
}
