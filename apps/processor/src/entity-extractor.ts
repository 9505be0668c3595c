import type { Entity } from '@app/contracts';

/**
 * The seam where entity extraction plugs into the processor. The real extractor (`@app/ner`) replaces
 * the provider; the processor depends only on this shape.
 */
export interface EntityExtractor {
  /** Recorded on every enriched article, so a replay can tell which model produced its entities. */
  readonly modelVersion: string;
  extract(text: string, lang: string): Entity[];
}

export const ENTITY_EXTRACTOR = Symbol('ENTITY_EXTRACTOR');
