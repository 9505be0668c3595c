/** Cuts texts into pieces of about `size` characters at whitespace (the benchmark's "articles"). */
export function articlesOf(texts: readonly string[], size: number): string[] {
  const all = texts.join('\n\n');
  const out: string[] = [];
  let start = 0;
  while (all.length - start > size / 2) {
    let end = Math.min(all.length, start + size);
    const space = all.lastIndexOf(' ', end);
    if (end < all.length && space > start + size / 2) end = space;
    out.push(all.slice(start, end).trim());
    start = end;
  }
  return out;
}

/** Articles per second by wall clock and by this process's CPU time (the fair figure on a shared machine). */
export interface Rate {
  wall: number;
  cpu: number;
}

/** Runs `work` over the articles in rounds until `seconds` have passed; the median of `runs` runs (by wall rate). */
export function articlesPerSecond(
  articles: readonly string[],
  work: (text: string) => unknown,
  seconds: number,
  runs: number,
): Rate {
  const rates: Rate[] = [];
  for (let r = 0; r < runs; r++) {
    let done = 0;
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    let elapsed = 0;
    while (elapsed < seconds) {
      for (const a of articles) work(a);
      done += articles.length;
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    }
    const used = process.cpuUsage(cpu);
    rates.push({ wall: done / elapsed, cpu: done / ((used.user + used.system) / 1e6) });
  }
  return rates.sort((a, b) => a.wall - b.wall)[Math.floor(runs / 2)]!;
}
