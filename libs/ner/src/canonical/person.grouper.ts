import { nameKey } from './letter-case.js';
import type { Mention, PersonName } from './mention.js';
import { famousNamesakes, lookUpPerson, type PersonsGazetteer } from './persons.gazetteer.js';
import { isSurnameParticle } from './surname-particles.js';

/** A person mention with its name parts in the nominative; `weight` favours forms already written in full. */
export interface PersonMention {
  readonly mention: Mention;
  readonly name: PersonName;
  readonly weight: number;
  /** Other readings of the mention («Сулима»: «Сулим» in the genitive), tried when joining a person by first name. */
  readonly alternatives?: readonly PersonName[];
}

type Votes = Map<string, { form: string; weight: number }>;

/** The mentions of one person and the votes for each part of the name. */
export class PersonCluster {
  readonly members: PersonMention[] = [];
  readonly votes: Record<keyof PersonName, Votes> = { first: new Map(), patronymic: new Map(), last: new Map() };

  /** `index`, when given, learns each name part this cluster gets a vote for; `order` is its place among the clusters. */
  constructor(
    private readonly index?: ClusterIndex,
    readonly order = 0,
  ) {}

  add(member: PersonMention): void {
    this.members.push(member);
    this.vote(member.name, member.weight);
  }

  vote(name: PersonName, weight: number): void {
    for (const part of ['first', 'patronymic', 'last'] as const) {
      const form = name[part];
      if (!form) continue;
      const votes = this.votes[part];
      const key = nameKey(form);
      if (!votes.has(key)) this.index?.noteVote(part, key, this);
      const entry = votes.get(key) ?? { form, weight: 0 };
      // A full first name beats its initial: «В.» only when nothing longer was seen.
      entry.weight += weight * (form.length > 2 ? 1 : 0.01);
      votes.set(key, entry);
    }
  }

  top(part: keyof PersonName): string | undefined {
    let best: { form: string; weight: number } | undefined;
    for (const entry of this.votes[part].values()) if (!best || entry.weight > best.weight) best = entry;
    return best?.form;
  }

  has(part: keyof PersonName, form: string): boolean {
    return this.votes[part].has(nameKey(form));
  }

  /** The fullest name: «first last»; «first patronymic» when the surname is unknown. */
  displayName(): string {
    const [first, patronymic, last] = [this.top('first'), this.top('patronymic'), this.top('last')];
    if (last) return first ? `${first} ${last}` : last;
    return [first, patronymic].filter(Boolean).join(' ');
  }
}

/**
 * The clusters of a text in the order they were made, and by each name part they hold a vote for, so that finding
 * the clusters of a first name costs a look-up, not a scan of all (a text of thousands of people made that
 * quadratic). Each list keeps the clusters' order, so a look-up finds what the scan found first.
 */
class ClusterIndex {
  readonly all: PersonCluster[] = [];
  private readonly byPart: Record<keyof PersonName, Map<string, PersonCluster[]>> = {
    first: new Map(),
    patronymic: new Map(),
    last: new Map(),
  };

  create(): PersonCluster {
    const cluster = new PersonCluster(this, this.all.length);
    this.all.push(cluster);
    return cluster;
  }

  noteVote(part: keyof PersonName, key: string, cluster: PersonCluster): void {
    const list = this.byPart[part].get(key);
    if (!list) this.byPart[part].set(key, [cluster]);
    else {
      let at = list.length;
      while (at > 0 && list[at - 1]!.order > cluster.order) at--;
      list.splice(at, 0, cluster);
    }
  }

  /** The clusters holding a vote for `form` as `part`, oldest first. */
  holding(part: keyof PersonName, form: string): readonly PersonCluster[] {
    return this.byPart[part].get(nameKey(form)) ?? [];
  }
}

const initialOf = (a: string, b: string): boolean => /^\p{Lu}\.?$/u.test(a) && nameKey(b).startsWith(nameKey(a[0]!));
const firstWord = (name: string): string => nameKey(name.split(' ')[0]!);
// «Реджеп» is «Реджеп Тайип»; «В.» is «Владимир».
const sameFirst = (a: string, b: string): boolean =>
  firstWord(a) === firstWord(b) || initialOf(a, b) || initialOf(b, a);

function firstAgrees(cluster: PersonCluster, first: string | undefined): boolean {
  const top = cluster.top('first');
  return !first || !top || sameFirst(first, top);
}

function splitFull(full: string): PersonName {
  const words = full.split(' ');
  return words.length > 1 ? { first: words.slice(0, -1).join(' '), last: words.at(-1) } : { last: full };
}

// Whether «first patronymic» may name a famous namesake rather than `cluster`, the one person of that first name
// in the text: «Владимир Владимирович» after «Владимир Зеленский» (whose patronymic the text does not give) may
// be Putin. Not when the person in the text is famous themself, nor when the namesakes' patronymics differ.
function namesakeMeant(
  gazetteer: PersonsGazetteer,
  first: string,
  patronymic: string,
  cluster: PersonCluster,
): boolean {
  const meant = nameKey(cluster.displayName());
  const namesakes = famousNamesakes(gazetteer, first);
  if (namesakes.some((p) => p.name === meant)) return false;
  return namesakes.some((p) => p.patronymic === undefined || p.patronymic === nameKey(patronymic));
}

// The person a mention without surname belongs to: by first name, by patronymic, through the gazetteer, or new.
// A patronymic must agree with the person's, when the text gives theirs.
function clusterByFirstName(person: PersonMention, clusters: ClusterIndex, gazetteer: PersonsGazetteer): PersonCluster {
  const { first, patronymic } = person.name;
  const samePatronymic = (c: PersonCluster): boolean =>
    !patronymic || !c.top('patronymic') || c.has('patronymic', patronymic);
  const firsts = [first, ...(person.alternatives ?? []).map((n) => n.first)].filter(
    (f): f is string => f !== undefined,
  );
  const byFirst = [...new Set(firsts.flatMap((f) => clusters.holding('first', f)))].sort((a, b) => a.order - b.order);
  const known = byFirst.filter((c) => c.top('last') && samePatronymic(c));
  const unsure = (c: PersonCluster): boolean =>
    !!(first && patronymic && !c.top('patronymic') && namesakeMeant(gazetteer, first, patronymic, c));
  if (known.length === 1 && !unsure(known[0]!)) return known[0]!;
  const byPatronymic = patronymic ? clusters.holding('patronymic', patronymic) : [];
  if (byPatronymic.length === 1) return byPatronymic[0]!;
  const full =
    first && patronymic ? lookUpPerson(gazetteer, `${first} ${patronymic}`, 'firstAndPatronymic') : undefined;
  let cluster: PersonCluster | undefined;
  if (full) {
    const name = splitFull(full);
    cluster = clusters.holding('last', name.last!).find((c) => firstAgrees(c, name.first));
    cluster ??= clusters.create();
    cluster.vote(name, 0.5);
    return cluster;
  }
  cluster =
    first === undefined ? undefined : clusters.holding('first', first).find((c) => !c.top('last') && samePatronymic(c));
  return cluster ?? clusters.create();
}

// «Ле» in «Ле Пен», «фон дер» in «фон дер Ляйен»: a first name of particles only, which may be part of the surname.
const particlesOnly = (first: string | undefined): boolean => !!first && first.split(' ').every(isSurnameParticle);

// The one word of a mention of one word («Си», «Ким»), read as first name or surname.
function bareWord({ name }: PersonMention): string | undefined {
  const word = name.patronymic ? undefined : name.first && name.last ? undefined : (name.first ?? name.last);
  return word && !/\s/.test(word) ? word : undefined;
}

/**
 * Groups person mentions: same surname (and no conflicting first name) is the same person; a first name with or
 * without patronymic joins the person of that first name, else the gazetteer names them in full; a famous
 * surname alone is completed from the gazetteer. A mention that begins with particles joins the person whose
 * surname it is («Ле Пен»: «Марин Ле Пен»). With `givenName` (whether a word is a known first name), a bare word
 * that is no first name joins the one person whose name begins with it (surname first: «Си»: «Си Цзиньпин»).
 */
export function groupPersons(
  people: readonly PersonMention[],
  gazetteer: PersonsGazetteer,
  givenName?: (word: string) => boolean,
): PersonCluster[] {
  const index = new ClusterIndex();
  const clusters = index.all;
  // Each cluster of this first round has one surname, so the index by surname finds what a scan of all would.
  const addBySurname = (person: PersonMention): void => {
    const { first, last } = person.name;
    (index.holding('last', last!).find((c) => firstAgrees(c, first)) ?? index.create()).add(person);
  };
  // Mentions that may belong to a full name wait until all full names are in.
  const waits = (p: PersonMention): boolean =>
    particlesOnly(p.name.first) || (givenName !== undefined && bareWord(p) !== undefined);
  const withSurname = people.filter((p) => p.name.last);
  for (const person of withSurname) if (!waits(person)) addBySurname(person);
  const surnameFirst = givenName ? byFirstWord(index, people, givenName) : undefined;
  for (const person of withSurname) {
    if (!waits(person)) continue;
    const { first, last } = person.name;
    // Only when one person bears the surname: with «Жан-Мари Ле Пен» and «Марин Ле Пен», «Ле Пен» stays apart.
    const owners = particlesOnly(first) ? index.holding('last', `${first} ${last}`) : undefined;
    // The full name's spelling of the surname wins: «Фон дер Ляйен» at the start of a sentence is «фон дер Ляйен».
    if (owners?.length === 1) owners[0]!.add({ ...person, name: { last: owners[0]!.top('last') } });
    else if (!joinByFirstWord(person, surnameFirst)) addBySurname(person);
  }
  for (const person of people.filter((p) => !p.name.last)) {
    if (!joinByFirstWord(person, surnameFirst)) clusterByFirstName(person, index, gazetteer).add(person);
  }
  for (const cluster of clusters) completeFromSurname(cluster, gazetteer);
  return clusters;
}

// The people named in full by the first word of their name, for the bare words of the text that are neither a first
// name nor the surname of someone in it: Chinese, Korean and Vietnamese names put the surname first («Ким Чен Ын»).
function byFirstWord(
  clusters: ClusterIndex,
  people: readonly PersonMention[],
  givenName: (word: string) => boolean,
): ReadonlyMap<string, readonly PersonCluster[]> {
  const bare = new Set(
    people
      .map((p) => bareWord(p))
      .filter((w): w is string => w !== undefined)
      .map(nameKey),
  );
  const index = new Map<string, PersonCluster[]>();
  for (const cluster of clusters.all) {
    const first = cluster.top('first');
    if (!first || !cluster.top('last') || !bare.has(firstWord(first))) continue;
    const word = firstWord(first);
    if (clusters.holding('last', word).length > 0 || givenName(first.split(' ')[0]!)) continue;
    const owners = index.get(word);
    if (owners) owners.push(cluster);
    else index.set(word, [cluster]);
  }
  return index;
}

// Adds a bare word to the one person whose name begins with it («Си» to «Си Цзиньпин»), without voting: the full name
// stays the name. False when the word is not bare or no one person's name begins with it.
function joinByFirstWord(
  person: PersonMention,
  index: ReadonlyMap<string, readonly PersonCluster[]> | undefined,
): boolean {
  const word = bareWord(person);
  const owners = word === undefined ? undefined : index?.get(nameKey(word));
  if (owners?.length !== 1) return false;
  owners[0]!.members.push(person);
  return true;
}

// «Назарбаев» alone is «Нурсултан Назарбаев» when the gazetteer knows one famous person of that surname.
function completeFromSurname(cluster: PersonCluster, gazetteer: PersonsGazetteer): void {
  const last = cluster.top('last');
  if (!last || cluster.top('first')) return;
  const full = lookUpPerson(gazetteer, last, 'surname');
  if (full && cluster.has('last', splitFull(full).last!)) cluster.vote({ first: splitFull(full).first }, 0.5);
}
