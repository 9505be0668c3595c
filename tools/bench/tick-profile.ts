import { readFileSync } from 'node:fs';

/**
 * Where a service's CPU went under the bench, from a V8 tick log (`--prof`; `--cpu-prof` writes nothing when the
 * bench stops the service with a signal). Start-up is skipped: counting begins at the first tick whose stack
 * reaches a batch handler. Idle ticks (the event loop waiting) are dropped. Prints the busy ticks (1 ms each by
 * default), then for each pattern the ticks whose stack contains it (inclusive), then the busy ticks by the first
 * JavaScript file on the stack (a library, a `dist/` module or a `node:` module; `?` for none: GC, the profiler's
 * own log writing). `--prof` itself adds some native time (fputc, write), so compare shares, not absolute ms.
 *
 *   BENCH_NODE_ARGS="--prof --no-logfile-per-isolate --logfile=/tmp/prof/v8-%p.log" … node dist/tools/bench/bench.js
 *   tools/with-node.sh node --prof-process --preprocess /tmp/prof/v8-<pid>.log > /tmp/prof/processor.json
 *   tools/with-node.sh node dist/tools/bench/tick-profile.js /tmp/prof/processor.json enrichArticle kafkajs zod
 */
type Preprocessed = { code: { name?: string }[]; ticks: { vm: number; s: number[] }[] };

/** V8's `StateTag.IDLE`. */
const IDLE = 8;
const HANDLER = /eachBatch|enrichAll/;
const FILE = /(dist\/[^ :]+|node_modules\/(?:@[^/]+\/)?[^/]+|node:[^ :]+)/;

function stacks(profile: Preprocessed): string[][] {
  const names = profile.code.map((c) => c.name ?? '');
  const busy: string[][] = [];
  let started = false;
  for (const tick of profile.ticks) {
    const stack: string[] = [];
    for (let i = 0; i < tick.s.length; i += 2) if (tick.s[i]! >= 0) stack.push(names[tick.s[i]!]!);
    started ||= stack.some((frame) => HANDLER.test(frame));
    if (started && tick.vm !== IDLE && !stack[0]?.includes('epoll_pwait')) busy.push(stack);
  }
  return busy;
}

function top(counts: Map<string, number>, n: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${String(v).padStart(6)}  ${k}`);
}

const [file, ...patterns] = process.argv.slice(2);
if (!file) throw new Error('usage: tick-profile.js <preprocessed.json> [pattern …]');
const busy = stacks(JSON.parse(readFileSync(file, 'utf8')) as Preprocessed);
console.log(`busy ticks after the first batch: ${busy.length}`);
for (const pattern of patterns) {
  const n = busy.filter((stack) => stack.some((frame) => frame.includes(pattern))).length;
  console.log(`${String(n).padStart(6)}  ${((100 * n) / busy.length).toFixed(1).padStart(5)} %  ${pattern}`);
}
const byFile = new Map<string, number>();
for (const stack of busy) {
  const first = stack.map((frame) => FILE.exec(frame)?.[1]).find(Boolean) ?? '?';
  byFile.set(first, (byFile.get(first) ?? 0) + 1);
}
console.log('by the first JavaScript file on the stack:');
for (const line of top(byFile, 25)) console.log(line);
