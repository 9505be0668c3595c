import { entityKey, EXTRACT_TEXT_LIMIT, type EnrichedArticle, type RawArticle } from '@app/contracts';
import type { InboundMessage } from '@app/messaging';
import { canonicalUrl, detectLanguage, minhash, normaliseText, normaliseTitle } from '@app/nlp';
import { createHash } from 'node:crypto';
import type { EntityExtractor } from './entity-extractor.js';
import type { Fingerprint } from './story-matcher.js';

/** Bump when the processor's output for the same input changes, so replays can find stale rows. */
export const PROCESSOR_VERSION = '0.5.0';

/** An enriched article before it is placed in a story cluster. */
export type Unclustered = Omit<EnrichedArticle, 'storyId' | 'duplicate'>;

/** Runs one processing stage; the service passes one that times it. */
export type StageRunner = <T>(stage: 'normalise' | 'extract', work: () => T) => T;

const untimed: StageRunner = (_stage, work) => work();

/**
 * Raw article → enriched article (story aside). Deterministic for a given processor and model version,
 * apart from `processedAt`, which the caller passes in.
 */
export function enrichArticle(
  raw: RawArticle,
  origin: InboundMessage,
  extractor: EntityExtractor,
  processedAt: Date,
  stage: StageRunner = untimed,
): Unclustered {
  const text = stage('normalise', () => normaliseText(raw.body));
  const lang = raw.lang ?? detectLanguage(`${raw.title}\n${text}`);
  const extracted = stage('extract', () => extractor.extract(extractable(text), lang));
  // The cross-script key travels with each entity, so a consumer joins Russian and English stories on it.
  const entities = extracted.map((e) => ({ ...e, key: entityKey(e.type, e.name) }));
  const canonical = canonicalUrl(raw.url);
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
    ...(canonical !== undefined && { canonicalUrl: canonical }),
    publishedAt: new Date(raw.publishedAt).toISOString(),
    ...(raw.embargoedUntil !== undefined && { embargoedUntil: new Date(raw.embargoedUntil).toISOString() }),
    ...(raw.metadata !== undefined && { metadata: raw.metadata }),
    ...(raw.publishedAtSource !== undefined && { publishedAtSource: raw.publishedAtSource }),
    receivedAt: raw.receivedAt,
    processedAt: processedAt.toISOString(),
    contentHash: createHash('sha256').update(text).digest('hex'),
    entities,
    processor: { version: PROCESSOR_VERSION, model: extractor.modelVersion },
    lineage: {
      format: raw.lineage.format,
      payloadHash: raw.lineage.payloadHash,
      raw: { topic: origin.topic, partition: origin.partition, offset: origin.offset },
    },
  };
}

/** The part of the text entities are extracted from: its first `EXTRACT_TEXT_LIMIT` code units, no half surrogate pair. */
export function extractable(text: string): string {
  if (text.length <= EXTRACT_TEXT_LIMIT) return text;
  const end = /[\ud800-\udbff]/.test(text[EXTRACT_TEXT_LIMIT - 1]!) ? EXTRACT_TEXT_LIMIT - 1 : EXTRACT_TEXT_LIMIT;
  return text.slice(0, end);
}

/**
 * Below this many words the text alone says too little to link stories («Подробности позже.» is the body of many
 * unrelated flashes), so the title is fingerprinted with it.
 */
export const TEXT_ONLY_FINGERPRINT_WORDS = 20;
/** Below this many words of title and text together an article is not linked to any story but its own. */
export const MIN_FINGERPRINT_WORDS = 6;

/**
 * Whether `text` has at least `n` words. Stops at the n-th: counting every word of a long text (an array of all
 * its matches) only to compare with 20 was a visible share of the processor's CPU.
 */
function hasWords(text: string, n: number): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  for (let found = 0; found < n; found++) if (word.exec(text) === null) return false;
  return true;
}

/**
 * What near-duplicate detection knows of an article: exact hash and MinHash of its text, or of its title and text
 * when the text is short; an article with hardly any words at all (a photo without a caption) stands alone.
 */
export function fingerprintOf(article: Unclustered): Fingerprint {
  const fingerprint = { articleId: article.id, storyId: article.id };
  if (hasWords(article.text, TEXT_ONLY_FINGERPRINT_WORDS))
    return { ...fingerprint, contentHash: article.contentHash, signature: minhash(article.text) };
  const basis = `${article.title}\n${article.text}`;
  const contentHash = createHash('sha256').update(basis).digest('hex');
  return {
    ...fingerprint,
    contentHash,
    signature: minhash(basis),
    ...(!hasWords(basis, MIN_FINGERPRINT_WORDS) && { standalone: true }),
  };
}
