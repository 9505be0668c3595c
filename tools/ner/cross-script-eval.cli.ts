import { createEntityExtractor } from '@app/ner';
import { crossScriptEval } from './cross-script-eval.js';
import { datasetsDir, skipWithoutDatasets } from './datasets-dir.js';

/**
 * `npm run -s eval:identity`: the cross-script section of `eval:ner` alone, without the speed runs; with `-- --all`
 * every pair apart and every merged group, for bucketing the failures by cause (docs/entity-identity.md).
 */
const datasets = datasetsDir() ?? skipWithoutDatasets('eval:identity');
const shown = process.argv.includes('--all') ? Infinity : 40;
for (const line of crossScriptEval(datasets, createEntityExtractor(), shown)) console.log(line);
