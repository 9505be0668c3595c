import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Infra = typeof import('../../tools/infra/index.js');

/**
 * The compiled infrastructure code. Jest runs global setup outside its module registry, where the `.js`
 * imports of the TypeScript sources do not resolve, so setup and teardown load the build that `npm test`
 * makes first.
 */
export async function loadInfra(): Promise<Infra> {
  const compiled = join(dirname(fileURLToPath(import.meta.url)), '../../dist/tools/infra/index.js');
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run the tests with "npm test", which builds first`);
  return (await import(pathToFileURL(compiled).href)) as Infra;
}
