import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packContracts } from './contracts-package.js';

describe('the @news-pipeline/contracts package', () => {
  let stage: string;

  beforeAll(async () => {
    ({ stage } = await packContracts());
  }, 180_000);

  it('imports nothing but its declared dependencies, Node built-ins and its own files', () => {
    const manifest = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set<string>();
    for (const file of readdirSync(join(stage, 'dist'), { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.js'))
        for (const [, specifier] of readFileSync(join(stage, 'dist', file), 'utf8').matchAll(/from '([^']+)'/g))
          if (!specifier!.startsWith('.') && !specifier!.startsWith('node:')) imported.add(specifier!.split('/')[0]!);
    expect([...imported].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('parses a message through its exported entry point', async () => {
    const entry = pathToFileURL(join(stage, 'dist/libs/contracts/src/index.js')).href;
    const contracts = (await import(entry)) as typeof import('@app/contracts');
    expect(() => contracts.parseEnrichedArticle(Buffer.from('{"id":"x"}'))).toThrow(
      expect.objectContaining({ code: 'CONTRACT_VIOLATION' }),
    );
    expect(contracts.TOPICS.enrichedArticles).toBe('news.articles.enriched.v1');
  });
});
