import { nameKey } from './letter-case.js';
import { aliasKeys, isCountryName } from './name-aliases.js';
import type { Mention } from './mention.js';

/** An organisation or place mention with its canonical candidate; `weight` favours names written as they are. */
export interface NamedMention {
  readonly mention: Mention;
  readonly name: string;
  readonly weight: number;
  /** The name without the owner the text writes after it («Конгресс» of «Конгресс США»). */
  readonly bare?: string;
}

/** The mentions of one organisation or place and the best-supported spelling of its name. */
export interface PhraseGroup {
  readonly type: Mention['type'];
  readonly name: string;
  readonly members: readonly Mention[];
  /** Set when the name carries its owner: the name without it. */
  readonly bare?: string;
}

/** Groups organisation and place mentions whose canonical names are the same (ignoring case and «ё»). */
export function groupPhrases(named: readonly NamedMention[]): PhraseGroup[] {
  type Votes = { type: Mention['type']; votes: Map<string, number>; members: Mention[]; bare?: string };
  const groups = new Map<string, Votes>();
  for (const { mention, name, weight, bare } of named) {
    const key = `${mention.type}:${nameKey(name)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: mention.type, votes: new Map(), members: [], bare }));
    group.members.push(mention);
    group.votes.set(name, (group.votes.get(name) ?? 0) + weight);
  }
  const voted = [...groups.values()].map(({ type, votes, members, bare }) => ({
    type,
    name: [...votes].reduce((a, b) => (b[1] > a[1] ? b : a))[0],
    members,
    ...(bare === undefined ? {} : { bare }),
  }));
  return mergeAliases(mergeDescribed(voted));
}

/**
 * Joins the groups of one type that another name of the text names too: an abbreviation and the name written out
 * («ЕС», «Европейский союз»), or two names of a country («РФ», «Россия»). The name written out wins over an
 * abbreviation, as in factRuEval's coref names; then a country's usual name («Россия»); then the name of more
 * mentions, then the longer. Two names that are both abbreviations, or both written out, stay apart unless they
 * name one country.
 */
function mergeAliases(groups: PhraseGroup[]): PhraseGroup[] {
  const owner = new Map<string, number>();
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  groups.forEach((group, i) => {
    for (const key of aliasKeys(group.name)) {
      const at = `${group.type}:${key}`;
      const j = owner.get(at);
      if (j === undefined) owner.set(at, i);
      else if (key.startsWith('c:') || isAcronym(groups[j]!.name) !== isAcronym(group.name)) parent[root(i)] = root(j);
    }
  });
  const merged = new Map<number, PhraseGroup>();
  groups.forEach((group, i) => {
    const r = root(i);
    const into = merged.get(r);
    if (!into) return merged.set(r, group);
    const better = rank(group) > rank(into) ? group : into;
    merged.set(r, { ...better, members: [...into.members, ...group.members] });
  });
  return [...merged.values()];
}

const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);
const rank = (g: PhraseGroup): number =>
  (isAcronym(g.name) ? 0 : 2e6) + (isCountryName(g.name) ? 1e6 : 0) + g.members.length * 1000 + g.name.length;

// «Республика Казахстан» is the place the same text calls «Казахстан».
const DESCRIPTOR = /^(республика|город|село|деревня|остров|река|озеро)\s+(.+)$/iu;
// «японский МИД» is the organisation the same text goes on to call «МИД»: lower-case words before a capitalised or quoted name.
const QUALIFIED = /^(?:[a-zа-яё-]+\s+)+([A-ZА-ЯЁ«"].*)$/u;

/**
 * Merges a place written with its descriptor into the bare place («Республика Казахстан» → «Казахстан»), and a bare
 * organisation into the one qualified organisation of that name («МИД» → «японский МИД»; with «японский МИД» and
 * «российский МИД» in one text, a bare «МИД» stays apart), or the one that names its owner («Конгресс» →
 * «Конгресс США»).
 */
function mergeDescribed(groups: PhraseGroup[]): PhraseGroup[] {
  const byName = new Map(groups.filter((g) => g.type === 'LOC').map((g) => [nameKey(g.name), g]));
  const merged = new Map<PhraseGroup, Mention[]>(groups.map((g) => [g, [...g.members]]));
  for (const group of groups) {
    const bare = group.type === 'LOC' ? DESCRIPTOR.exec(group.name)?.[2] : undefined;
    const target = bare === undefined ? undefined : byName.get(nameKey(bare));
    if (!target || target === group) continue;
    merged.get(target)!.push(...merged.get(group)!);
    merged.delete(group);
  }
  const qualified = new Map<string, PhraseGroup[]>();
  for (const group of merged.keys()) {
    const bare = group.bare ?? (group.type === 'ORG' ? QUALIFIED.exec(group.name)?.[1] : undefined);
    const key = bare === undefined ? undefined : `${group.type}:${nameKey(bare)}`;
    if (key !== undefined) qualified.set(key, [...(qualified.get(key) ?? []), group]);
  }
  for (const group of [...merged.keys()]) {
    const owners = qualified.get(`${group.type}:${nameKey(group.name)}`);
    if (owners?.length !== 1) continue;
    merged.get(owners[0]!)!.push(...merged.get(group)!);
    merged.delete(group);
  }
  return [...merged].map(([group, members]) => ({ ...group, members }));
}
