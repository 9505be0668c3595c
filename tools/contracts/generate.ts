import { asyncApiDocument } from '@app/contracts';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { projectRoot } from '../infra/project-root.js';
import { asyncApiFindings } from './asyncapi.validator.js';
import { contractFiles } from './contract-files.js';

/**
 * `contracts:generate` writes the published contract files from the zod schemas; `contracts:check` (in CI) fails
 * when the committed files differ from what the schemas generate, or `@asyncapi/parser` reports an error in the
 * AsyncAPI document. Both print the parser's warnings without failing on them.
 */
async function main(check: boolean): Promise<number> {
  const { errors, warnings } = await asyncApiFindings(asyncApiDocument());
  for (const warning of warnings) console.warn(`asyncapi.json warning ${warning}`);
  for (const error of errors) console.error(`asyncapi.json error ${error}`);
  const stale: string[] = [];
  for (const [path, generated] of contractFiles()) {
    const file = join(projectRoot(), path);
    // Formatted as the rest of the tree is, so `format:check` and this check agree on every byte.
    const content = await format(generated, { ...(await resolveConfig(file)), filepath: file });
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === content) continue;
    stale.push(path);
    if (check) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  if (check && stale.length > 0)
    console.error(`contract files differ from the schemas (run npm run contracts:generate):\n  ${stale.join('\n  ')}`);
  else if (!check) console.log(stale.length === 0 ? 'contract files up to date' : `wrote ${stale.join(', ')}`);
  return errors.length > 0 || (check && stale.length > 0) ? 1 : 0;
}

process.exitCode = await main(process.argv.includes('--check'));
