import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '../../dist/apps/processor/src/extract.cli.js');

/** Runs the built CLI (the suite's global setup builds it) with the given arguments and standard input. */
function extract(args: readonly string[], input = ''): { status: number | null; lines: Record<string, unknown>[] } {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return {
    status: run.status,
    lines: run.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('npm run extract (the built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('prints one line per file, in order, standard input included, with the entities of each', () => {
    const a = file('a.txt', 'Рустам Минниханов прибыл в Казань.');
    const b = file('b.txt', 'Президент Казахстана Касым-Жомарт Токаев выступил.');
    const { status, lines } = extract([a, '-', b], 'Компания «Татнефть» увеличила добычу.');
    expect(status).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([a, '-', b]);
    const names = lines.map((l) => (l.entities as { name: string }[]).map((e) => e.name));
    expect(names[0]).toEqual(expect.arrayContaining(['Рустам Минниханов', 'Казань']));
    expect(names[1]).toEqual(['Татнефть']);
    expect(names[2]).toEqual(expect.arrayContaining(['Касым-Жомарт Токаев']));
  });

  it('reports a missing file and a file that is not UTF-8 on their own lines, and exits 1', () => {
    const latin1 = file('latin1.txt', Buffer.from('Le château de Versailles', 'latin1'));
    const ok = file('ok.txt', 'Минниханов прибыл в Казань.');
    const { status, lines } = extract([join(dir, 'missing.txt'), latin1, ok]);
    expect(status).toBe(1);
    expect(lines.map((l) => [l.file, typeof l.error])).toEqual([
      [join(dir, 'missing.txt'), 'string'],
      [latin1, 'string'],
      [ok, 'undefined'],
    ]);
    expect(lines[1]!.error).toContain('not UTF-8');
  });

  it('indexes the text after a byte-order mark', () => {
    const bom = file('bom.txt', '\ufeffКазань встретила гостей.');
    const [line] = extract([bom]).lines;
    expect((line!.entities as { mentions: { start: number; text: string }[] }[])[0]!.mentions[0]).toMatchObject({
      start: 0,
      text: 'Казань',
    });
  });
});
