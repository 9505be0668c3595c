import { resolveEntities } from './canonical.resolver.js';
import type { Mention } from './mention.js';
import { EMPTY_GAZETTEER, type PersonsGazetteer } from './persons.gazetteer.js';

/** Mentions from `[type, surface]` marks, each surface taken at its next occurrence in `text`. */
export function mentionsOf(text: string, marks: readonly [Mention['type'], string][]): Mention[] {
  let from = 0;
  return marks.map(([type, surface]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`no «${surface}» after ${from}`);
    from = start + surface.length;
    return { type, start, end: from, text: surface };
  });
}

/** The Russian entities of `text` with the marked mentions, as "TYPE name count". */
export const resolve = (
  text: string,
  marks: readonly [Mention['type'], string][],
  persons: PersonsGazetteer = EMPTY_GAZETTEER,
): string[] =>
  resolveEntities(text, mentionsOf(text, marks), 'ru', { persons }).map((e) => `${e.type} ${e.name} ${e.count}`);
