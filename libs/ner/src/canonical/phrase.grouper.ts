import { nameKey } from './letter-case.js';
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
  return mergeDescribed(voted);
}

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
    const bare = group.type === 'ORG' ? (group.bare ?? QUALIFIED.exec(group.name)?.[1]) : undefined;
    if (bare !== undefined) qualified.set(nameKey(bare), [...(qualified.get(nameKey(bare)) ?? []), group]);
  }
  for (const group of [...merged.keys()]) {
    const owners = group.type === 'ORG' ? qualified.get(nameKey(group.name)) : undefined;
    if (owners?.length !== 1) continue;
    merged.get(owners[0]!)!.push(...merged.get(group)!);
    merged.delete(group);
  }
  return [...merged].map(([group, members]) => ({ ...group, members }));
}
