import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, GAZ_FIRST, GAZ_LAST, GAZ_MIDDLE } from '@app/ner';

function words(dir: string, file: string): string[] {
  return readFileSync(join(dir, 'natasha-names', file), 'utf8')
    .split('\n')
    .map((l) => l.split('#')[0]!.trim())
    .filter((w) => w.length > 1);
}

/** The names gazetteer (first names, surnames, patronymics) from natasha-names. */
export function readNamesGazetteer(datasets: string): ReturnType<typeof buildGazetteer> {
  return buildGazetteer([
    { words: [...words(datasets, 'first.txt'), ...words(datasets, 'maybe_first.txt')], bit: GAZ_FIRST },
    { words: words(datasets, 'last.txt'), bit: GAZ_LAST },
    { words: words(datasets, 'middle.txt'), bit: GAZ_MIDDLE },
  ]);
}
