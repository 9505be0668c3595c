import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../infra/index.js';

/** The shared datasets folder (`NER_DATASETS_DIR`, else `<projectRoot>/../shared/datasets`), or undefined. */
export function datasetsDir(): string | undefined {
  const dir = process.env.NER_DATASETS_DIR ?? resolve(projectRoot(), '..', 'shared', 'datasets');
  return existsSync(join(dir, 'factRuEval-2016')) ? dir : undefined;
}

/** Prints why the script does nothing and exits successfully: a fresh clone has no datasets. */
export function skipWithoutDatasets(script: string): never {
  console.log(`${script}: datasets folder not found (set NER_DATASETS_DIR); skipping.`);
  process.exit(0);
}
