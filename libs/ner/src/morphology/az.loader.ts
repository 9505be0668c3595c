import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type AzDefault from 'az';

type Az = typeof AzDefault;
type Pending = [url: string, type: 'json' | 'arraybuffer', done: (error: Error | null, data?: unknown) => void];

function readSync(url: string, type: Pending[1]): unknown {
  const bytes = readFileSync(url);
  if (type === 'json') return JSON.parse(bytes.toString('utf8'));
  // A copy, because a Buffer may be a view into a larger shared pool.
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/**
 * Loads Az.js and its OpenCorpora dictionaries synchronously. Az only offers a callback loader that counts
 * pending files, so its reads are queued while `init` registers them all and then served from disk in order.
 */
export function loadAzSync(): Az {
  const require = createRequire(import.meta.url);
  const az = require('az') as Az;
  const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
  const pending: Pending[] = [];
  const asyncLoad = az.load;
  az.load = (url, type, done) => void pending.push([url, type, done]);
  let failure: Error | null = null;
  let ready = false;
  try {
    az.Morph.init(dicts, (error) => {
      failure = error;
      ready = error === null;
    });
    for (const [url, type, done] of pending) {
      let data: unknown;
      try {
        data = readSync(url, type);
      } catch (error) {
        done(error as Error);
        continue;
      }
      done(null, data);
    }
  } finally {
    az.load = asyncLoad;
  }
  if (!ready) throw new Error(`cannot load the Az.js dictionaries from ${dicts}: ${String(failure ?? 'incomplete')}`);
  return az;
}
