import { createEntityExtractor } from '@app/ner';
import { crossScriptEval } from './cross-script-eval.js';
import { datasetsDir, skipWithoutDatasets } from './datasets-dir.js';

/** `npm run -s eval:identity`: the cross-script section of `eval:ner` alone, without the speed runs. */
const datasets = datasetsDir() ?? skipWithoutDatasets('eval:identity');
for (const line of crossScriptEval(datasets, createEntityExtractor(), 40)) console.log(line);
