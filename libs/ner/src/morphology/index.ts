export type { Morphology, WordParse } from './word-parse.js';
export { AzMorphology, loadMorphology } from './morphology.analyzer.js';
