import { readFileSync } from 'node:fs';
import { createEntityExtractor } from '@app/ner';
import { extractFromText } from './text-extraction.js';

/**
 * `npm run -s extract -- FILE…` (`-` for standard input): one JSON line per file, in order, with the file's
 * name and the same `lang` and `entities` as `POST /v1/extract`. The model loads once for all files. A file
 * that cannot be read gets a line with `error` instead, and the exit code is 1.
 */
const USAGE = 'usage: npm run -s extract -- FILE... (- reads standard input); each file is UTF-8 plain text';

function readText(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

function main(files: readonly string[]): number {
  if (files.length === 0 || files.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const extractor = createEntityExtractor();
  let failed = false;
  for (const file of files) {
    let line: object;
    try {
      line = { file, ...extractFromText(extractor, { text: readText(file) }) };
    } catch (error) {
      failed = true;
      line = { file, error: (error as Error).message };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
