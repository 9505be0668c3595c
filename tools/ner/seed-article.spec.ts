import { createEntityExtractor } from '@app/ner';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../infra/index.js';

// The wire story the project started from, beside the repository (never copied into it); skipped without it.
const SAMPLE = resolve(projectRoot(), '..', 'shared', 'samples', 'seed-article.txt');

/** The entities an editor lists for it (../shared/samples/README.md), under their canonical names. */
const EDITOR_LIST = [
  'PER Касым-Жомарт Токаев',
  'PER Рустам Минниханов',
  'PER Минтимер Шаймиев',
  'PER Нурсултан Назарбаев',
  'PER Габдулла Тукай',
  'LOC Казахстан',
  'LOC Татарстан',
  'LOC Нур-Султан',
  'LOC Карагандинская область',
  'LOC Сарань',
  'LOC Российская Федерация',
  'ORG Хабар 24',
  'ORG Татнефть',
  'ORG КАМАЗ',
];

describe('the seed article', () => {
  (existsSync(SAMPLE) ? it : it.skip)('yields exactly the entities its editor lists, under canonical names', () => {
    const entities = createEntityExtractor().extract(readFileSync(SAMPLE, 'utf8'), 'ru');
    expect(entities.map((e) => `${e.type} ${e.name}`).sort()).toEqual([...EDITOR_LIST].sort());
  });
});
