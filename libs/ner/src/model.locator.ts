import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `libs/ner/model` of the project this file belongs to (found from source or from `dist/`). */
export function defaultModelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above libs/ner');
    dir = parent;
  }
  return join(dir, 'libs', 'ner', 'model');
}

/** The newest `ner-<lang>.<version>.bin` in `dir` (versions sort as text), or undefined. */
export function findModelFile(dir: string, lang: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const prefix = `ner-${lang}.`;
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.bin'))
    .sort();
  return files.length > 0 ? join(dir, files[files.length - 1]!) : undefined;
}
