import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `npm run build` writes the pages to: `dist/apps/console/ui` under the repository root. */
export function consoleUiDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the console cannot find the repository root (no package.json above it)');
    dir = parent;
  }
  return join(dir, 'dist', 'apps', 'console', 'ui');
}
