import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file with a package.json (works from source and from dist/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above tools/infra');
    dir = parent;
  }
  return dir;
}

/** A git-ignored cache folder of the project. */
export function cacheDir(...parts: string[]): string {
  return join(projectRoot(), '.cache', ...parts);
}
