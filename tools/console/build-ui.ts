import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../infra/index.js';

/**
 * The console's pages as the browser loads them: `tsc -p apps/console/ui` has compiled the modules into
 * `dist/apps/console/ui`; this adds the static files and the two front-end packages' ES modules, which the page's
 * import map names, so the console needs no CDN and no bundler.
 */
const root = projectRoot();
const out = join(root, 'dist', 'apps', 'console', 'ui');
const VENDOR: Record<string, string> = {
  'preact.mjs': 'node_modules/preact/dist/preact.mjs',
  'preact-hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs',
  'htm.mjs': 'node_modules/htm/dist/htm.mjs',
  'htm-preact.mjs': 'node_modules/htm/preact/index.mjs',
};

mkdirSync(join(out, 'vendor'), { recursive: true });
const publicDir = join(root, 'apps', 'console', 'ui', 'public');
for (const file of readdirSync(publicDir)) copyFileSync(join(publicDir, file), join(out, file));
for (const [name, from] of Object.entries(VENDOR)) copyFileSync(join(root, from), join(out, 'vendor', name));
