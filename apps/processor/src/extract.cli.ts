import { readFileSync } from 'node:fs';
import { createEntityExtractor } from '@app/ner';
import { extractFromText } from './text-extraction.js';

/**
 * `npm run -s extract -- FILE…` (`-` for standard input): one JSON line per file, in order, with the file's
 * name and the same `lang` and `entities` as `POST /v1/extract`. The model loads once for all files. A file
 * that cannot be read, or is not UTF-8, gets a line with `error` instead, and the exit code is 1. Offsets index
 * the text after a byte-order mark, if the file has one.
 */
const USAGE = 'usage: npm run -s extract -- FILE... (- reads standard input); each file is UTF-8 plain text';
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(file: string): string {
  const bytes = readFileSync(file === '-' ? 0 : file);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('the file is not UTF-8 text');
  }
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

// Output piped into `head` closes early: stop quietly rather than die on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = main(process.argv.slice(2));
