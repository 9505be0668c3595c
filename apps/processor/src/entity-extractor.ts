import type { EntityExtractor } from '@app/ner';

export type { EntityExtractor };

/**
 * The seam where entity extraction plugs into the processor: the module provides `@app/ner`'s extractor,
 * tests may provide their own.
 */
export const ENTITY_EXTRACTOR = Symbol('ENTITY_EXTRACTOR');
