import { seededRandom } from '../../tools/chaos/seeded-random.js';
import type { AbuseCase } from './abuse-case.js';
import { authAndTypeCases } from './auth-cases.js';
import { badEncodings, badFields, brokenJson, hugeAndDeep } from './json-cases.js';
import { metadataCases } from './metadata-cases.js';
import { xmlCases } from './xml-cases.js';

export type { AbuseCase, KeyChoice } from './abuse-case.js';

/**
 * The intake abuse corpus: the same cases for the same seed, every one of which must be refused with a 4xx
 * problem and change nothing. Broken JSON is generated (`brokenJsonCount` cuts and mutations of a valid
 * article); the other families are fixed lists crossed with their variants.
 *
 * @example
 * const corpus = abuseCorpus({ seed: 8, source: 'e2e-tass', otherSource: 'e2e-ria' });
 */
export function abuseCorpus(options: {
  seed: number;
  source: string;
  otherSource: string;
  brokenJsonCount?: number;
}): AbuseCase[] {
  const random = seededRandom(options.seed);
  return [
    ...brokenJson(options.source, random, options.brokenJsonCount ?? 2_000),
    ...badEncodings(options.source),
    ...badFields(options.source, random),
    ...hugeAndDeep(options.source),
    ...xmlCases(),
    ...metadataCases(),
    ...authAndTypeCases(options.source, options.otherSource, random),
  ];
}
