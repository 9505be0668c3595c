import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { projectRoot } from '../infra/index.js';
import { BUNDLED_SERVICES, serviceEntry } from './service-process.js';

/**
 * Packages that Nest and TypeORM import only when an app uses them (websockets, other transports and drivers,
 * class-validator…), and that this project does not install, stay imports: they are never reached at run time.
 */
const optionalPackagesStayExternal: Plugin = {
  name: 'optional-packages',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, ({ path, resolveDir }) => {
      if (path.startsWith('node:')) return undefined;
      try {
        createRequire(join(resolveDir, 'noop.js')).resolve(path);
        return undefined;
      } catch {
        return { path, external: true };
      }
    });
  },
};

/**
 * `npm run build`'s last step: each service's compiled `main.js` (tsc output, so Nest's decorator metadata is already
 * there) as one ES module file. A start then reads one file instead of resolving and loading some 2,000 modules,
 * which is most of its CPU: measured with `npm run bench:startup`, CPU seconds until live went from 0.88 to 0.44
 * (fetcher), 1.25 to 0.79 (processor), 0.86 to 0.46 (store). Assets stay where they are: the bundle sits beside
 * `main.js`, so paths found from `import.meta.url` resolve as before.
 */
async function main(): Promise<void> {
  const root = projectRoot();
  for (const name of BUNDLED_SERVICES) {
    await build({
      entryPoints: [join(root, `dist/apps/${name}/src/main.js`)],
      outfile: serviceEntry(name),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      sourcemap: 'linked',
      logLevel: 'warning',
      plugins: [optionalPackagesStayExternal],
      // CommonJS packages inside an ES module bundle still call require().
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });
  }
}

await main();
