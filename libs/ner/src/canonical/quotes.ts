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
