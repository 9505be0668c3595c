import { type buildGazetteer, ENTITY_TYPES, type ModelData, quantise, type TrainedTagger } from '@app/ner';

type Gazetteer = ReturnType<typeof buildGazetteer>;

/** How a model was made, for its header: what `train:ner` records and `cv:ner` fills in for its fold models. */
export interface ModelOrigin {
  lang: string;
  version: string;
  bits: number;
  passes: 1 | 2;
  morphology: boolean;
  prune: number;
  training: ModelData['header']['training'];
}

/** A trained tagger as a model file's contents: quantised weights, gazetteer and lexicon, the header. */
export function toModelData(
  { weights, lexicon }: TrainedTagger,
  gazetteer: Gazetteer | undefined,
  origin: ModelOrigin,
): ModelData {
  const { values, scale } = quantise(weights, origin.prune);
  return {
    header: {
      format: 'ner-averaged-perceptron-1',
      version: origin.version,
      lang: origin.lang,
      bits: origin.bits,
      labels: ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))],
      scale,
      passes: origin.passes,
      morphology: origin.morphology,
      createdAt: new Date().toISOString(),
      training: origin.training,
    },
    weights: values,
    gazKeys: gazetteer?.keys ?? new Uint32Array(0),
    gazBits: gazetteer?.bits ?? new Uint8Array(0),
    lexKeys: lexicon.keys,
    lexBits: lexicon.bits,
  };
}
