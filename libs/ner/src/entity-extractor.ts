import { readFileSync } from 'node:fs';
import type { Entity } from '@app/contracts';
import { resolveEntities } from './canonical/index.js';
import { EntityTagger } from './entity-tagger.js';
import { decodeModel } from './model.codec.js';
import { defaultModelDir, findModelFile } from './model.locator.js';

/** The extractor the processor uses: `modelVersion` is recorded on each enriched article. */
export interface EntityExtractor {
  readonly modelVersion: string;
  extract(text: string, lang: string): Entity[];
}

export interface EntityExtractorOptions {
  /** Folder with `ner-ru.*.bin` and `ner-en.*.bin`; defaults to the project's `libs/ner/model`. */
  modelDir?: string;
}

/** Loads one language's tagger alone (mention spans without canonical names; used by benchmarks). */
export function loadTagger(dir: string, lang: string): EntityTagger {
  const file = findModelFile(dir, lang);
  if (!file) throw new Error(`no ner-${lang} model in ${dir}`);
  return new EntityTagger(decodeModel(readFileSync(file)));
}

/** Which model reads a text: ru/en by code; otherwise Cyrillic-majority texts go to ru and the rest to en. */
export function modelLanguage(text: string, lang: string): 'ru' | 'en' {
  const code = lang.toLowerCase().slice(0, 2);
  if (code === 'ru' || code === 'en') return code;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, 2000); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cyrillic > latin ? 'ru' : 'en';
}

/**
 * Loads both models synchronously (about a second; call once at start-up) and returns an extractor whose
 * `extract` tags mentions and groups them into entities with canonical names (`resolveEntities`).
 * Languages other than ru/en use the model of their script: Cyrillic → ru, anything else → en.
 *
 * @example
 * const ner = createEntityExtractor();
 * ner.extract('Касым-Жомарт Токаев прилетел в Казань.', 'ru') // [{ type: 'PER', name: 'Касым-Жомарт Токаев', … }, …]
 */
export function createEntityExtractor(options: EntityExtractorOptions = {}): EntityExtractor {
  const dir = options.modelDir ?? defaultModelDir();
  const taggers = { ru: loadTagger(dir, 'ru'), en: loadTagger(dir, 'en') };
  const modelVersion = `${taggers.ru.version}+${taggers.en.version}`;
  return {
    modelVersion,
    extract(text: string, lang: string): Entity[] {
      const which = modelLanguage(text, lang);
      const mentions = taggers[which].tag(text);
      return resolveEntities(text, mentions, which);
    },
  };
}
