import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cacheDir, projectRoot } from '../infra/project-root.js';
import { runCommand } from '../infra/run-command.js';

/** `@app/<lib>` in a compiled file under `out`, as the relative import the package needs. */
function withRelativeImports(out: string, file: string): void {
  const path = join(out, file);
  const source = readFileSync(path, 'utf8');
  const rewritten = source.replace(/(from |import\()'@app\/([a-z-]+)'/g, (_, lead: string, lib: string) => {
    const target = relative(dirname(path), join(out, 'dist/libs', lib, 'src/index.js'));
    return `${lead}'${target.startsWith('.') ? target : `./${target}`}'`;
  });
  if (rewritten !== source) writeFileSync(path, rewritten);
}

/**
 * Packs `libs/contracts` as a package of its own (`@news-pipeline/contracts`) that another repository installs:
 * compiled with declarations, together with the framework-free libs it imports (`@app/errors`, `@app/nlp`), whose
 * path aliases become relative imports since only this monorepo's tsconfig knows them. Staged under `.cache/` so
 * that no build output lands in the source tree.
 */
export async function packContracts(): Promise<{ stage: string; tarball: string }> {
  const source = join(projectRoot(), 'libs/contracts');
  const stage = cacheDir('contracts-package');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const entry of ['package.json', 'schemas', 'released'])
    cpSync(join(source, entry), join(stage, entry), { recursive: true });
  const tsc = join(projectRoot(), 'node_modules/typescript/bin/tsc');
  await runCommand(process.execPath, [
    tsc,
    '-p',
    join(source, 'tsconfig.package.json'),
    '--outDir',
    join(stage, 'dist'),
  ]);
  for (const file of readdirSync(stage, { recursive: true, encoding: 'utf8' }))
    if (/\.(js|d\.ts)$/.test(file)) withRelativeImports(stage, file);
  const tarball = (await runCommand('npm', ['pack', stage, '--pack-destination', cacheDir()]))
    .trim()
    .split('\n')
    .pop()!;
  return { stage, tarball: cacheDir(tarball) };
}
