const count = (text: string, chars: RegExp): number => text.match(chars)?.length ?? 0;
const OPEN = /[«“„]/gu;
const CLOSE = /[»”]/gu;

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ('«“„'.includes(ch)) depth++;
    else if ('»”'.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A mention without the quotes around it («Газпрома» → Газпрома; a stray quote at either end goes too), but
 * with the quotes inside a name kept (московского «Центра» stays whole).
 */
export function withoutOuterQuotes(text: string): string {
  let t = text.trim();
  for (let changed = true; changed && t.length > 0;) {
    const before = t;
    const [opens, closes] = [count(t, OPEN), count(t, CLOSE)];
    if (/^[«“„]/u.test(t) && /[»”]$/u.test(t) && balanced(t.slice(1, -1))) t = t.slice(1, -1);
    else if (/^[«“„]/u.test(t) && opens > closes) t = t.slice(1);
    else if (/[»”]$/u.test(t) && closes > opens) t = t.slice(0, -1);
    else if (/^"|"$/u.test(t) && count(t, /"/gu) % 2 === 1) t = t.startsWith('"') ? t.slice(1) : t.slice(0, -1);
    else if (/^".*"$/u.test(t) && count(t, /"/gu) === 2) t = t.slice(1, -1);
    t = t.trim();
    changed = t !== before;
  }
  return t;
}

/**
 * A mention without the brackets that have no partner in it: a span cut inside a parenthesis would otherwise give a
 * name no text writes («Екатерина Аталык (Половникова» → «Екатерина Аталык Половникова»).
 */
export function withoutStrayBrackets(text: string): string {
  const open: number[] = [];
  const stray = new Set<number>();
  for (const [i, ch] of [...text].entries()) {
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.pop() === undefined) stray.add(i);
  }
  if (open.length === 0 && stray.size === 0) return text;
  for (const i of open) stray.add(i);
  return [...text]
    .filter((_, i) => !stray.has(i))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}
