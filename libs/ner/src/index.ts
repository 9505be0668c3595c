export {
  createEntityExtractor,
  loadTagger,
  modelLanguage,
  type EntityExtractor,
  type EntityExtractorOptions,
} from './entity-extractor.js';
export { EntityTagger, type TaggedSpan } from './entity-tagger.js';
export { tokenize, type Token } from './tokenizer.js';
export { ENTITY_TYPES, type EntityType } from './labels.js';
export { encodeModel, decodeModel, type ModelData, type ModelHeader } from './model.codec.js';
export { defaultModelDir } from './model.locator.js';
export { buildGazetteer, GAZ_FIRST, GAZ_LAST, GAZ_MIDDLE } from './gazetteer.js';
export { trainTagger, type TrainedTagger, type TrainingDoc, type TrainOptions } from './tagger.trainer.js';
export { quantise } from './averaged-perceptron.js';
export { resolveEntities, type Mention } from './canonical/index.js';
export { MorphFeatures } from './morph-features.js';
export { loadMorphology } from './morphology/index.js';
export { STATE_BODY_HEADS } from './trailing-names.js';
