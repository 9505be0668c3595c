import type { EnrichedArticle, RawArticle } from '@app/contracts';
import type { InboundMessage } from '@app/messaging';
import { normaliseText, normaliseTitle } from '@app/nlp';
import { createHash } from 'node:crypto';
import type { EntityExtractor } from './entity-extractor.js';

/** Bump when the processor's output for the same input changes, so replays can find stale rows. */
export const PROCESSOR_VERSION = '0.1.0';

/** Runs one processing stage; the service passes one that times it. */
export type StageRunner = <T>(stage: 'normalise' | 'extract', work: () => T) => T;

const untimed: StageRunner = (_stage, work) => work();

/**
 * Raw article → enriched article. Deterministic for a given processor and model version, apart from
 * `processedAt`, which the caller passes in.
 */
export function enrichArticle(raw: RawArticle, origin: InboundMessage, extractor: EntityExtractor, processedAt: Date, stage: StageRunner = untimed): EnrichedArticle {
  const text = stage('normalise', () => normaliseText(raw.body));
  const lang = raw.lang ?? 'und';
  const entities = stage('extract', () => extractor.extract(text, lang));
  return {
    id: raw.id,
    source: raw.source,
    externalId: raw.externalId,
    version: raw.version,
    pubStatus: raw.pubStatus,
    title: normaliseTitle(raw.title),
    text,
    lang,
    ...(raw.url !== undefined && { url: raw.url }),
    publishedAt: new Date(raw.publishedAt).toISOString(),
    ...(raw.embargoedUntil !== undefined && { embargoedUntil: new Date(raw.embargoedUntil).toISOString() }),
    receivedAt: raw.receivedAt,
    processedAt: processedAt.toISOString(),
    contentHash: createHash('sha256').update(text).digest('hex'),
    // Story clustering arrives with near-duplicate detection; until then every article heads its own story.
    storyId: raw.id,
    duplicate: 'unique',
    entities,
    processor: { version: PROCESSOR_VERSION, model: extractor.modelVersion },
    lineage: {
      format: raw.lineage.format,
      payloadHash: raw.lineage.payloadHash,
      raw: { topic: origin.topic, partition: origin.partition, offset: origin.offset },
    },
  };
}
