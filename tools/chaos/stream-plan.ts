import type { StreamArticle } from './acknowledged-ledger.js';
import { seededRandom } from './seeded-random.js';

/** One item of the stream and the index of the item it must wait for (the article's previous version), if any. */
export interface PlannedItem {
  article: StreamArticle;
  after?: number;
}

const WORDS = [
  'Казань',
  'делегация',
  'завод',
  'выборы',
  'бюджет',
  'Moscow',
  'parliament',
  'shipping',
  'harvest',
  'exchange',
  'погода',
  'мост',
];

/**
 * How far back (in items) an article must have been sent before the stream touches it again: more than the
 * requests in flight (8 × 20), so waiting for the previous version's answer is rare and never a deadlock.
 */
const REVISIT_GAP = 200;
/** Copies are made of the last few originals, so copies of one story are often in flight at the same moment. */
const RECENT_ORIGINALS = 30;

/**
 * The whole stream, fixed by its seed before the run starts: the same seed and length give the same items in the
 * same order whatever the timing, the instance counts or the faults, so two runs can be compared article by
 * article. Mostly new articles; a quarter of them copies of a recent story (an identical text under another
 * agency id, or the text with a sentence added: a near duplicate whose similarity to every other member of its
 * story stays far above the threshold, so the grouping cannot depend on the order they are processed in); plus
 * new versions, kills and identical re-sends of articles sent at least `REVISIT_GAP` items earlier.
 */
export function planStream(seed: number, items: number, source: string): PlannedItem[] {
  const random = seededRandom(seed);
  const plan: PlannedItem[] = [];
  const last = new Map<string, number>();
  const externals: string[] = [];
  const originals: StreamArticle[] = [];
  let copies = 0;
  for (let i = 0; i < items; i++) {
    const roll = random();
    const earlier = roll < 0.2 ? pickEarlier(plan, last, externals, i, random) : undefined;
    let item: PlannedItem;
    if (earlier !== undefined) item = { article: revise(plan[earlier]!.article, roll), after: earlier };
    else if (originals.length > 0 && random() < 0.25) {
      const original =
        originals[originals.length - 1 - Math.floor(random() * Math.min(RECENT_ORIGINALS, originals.length))]!;
      const exact = random() < 0.4;
      const externalId = `chaos-${seed}-copy-${copies++}`;
      const body = exact ? original.body : `${original.body}<p>Дополнение ${copies}.</p>`;
      item = { article: { ...original, externalId, body } };
    } else {
      const article = fresh(source, `chaos-${seed}-${originals.length}`, random);
      originals.push(article);
      item = { article };
    }
    if (!last.has(item.article.externalId)) externals.push(item.article.externalId);
    last.set(item.article.externalId, i);
    plan.push(item);
  }
  return plan;
}

/** The latest item of an article sent long enough ago and not killed, chosen among a few tries. */
function pickEarlier(
  plan: readonly PlannedItem[],
  last: ReadonlyMap<string, number>,
  externals: readonly string[],
  now: number,
  random: () => number,
): number | undefined {
  for (let attempt = 0; attempt < 4 && externals.length > 0; attempt++) {
    const index = last.get(externals[Math.floor(random() * externals.length)]!)!;
    if (index <= now - REVISIT_GAP && plan[index]!.article.pubStatus === 'usable') return index;
  }
  return undefined;
}

function revise(earlier: StreamArticle, roll: number): StreamArticle {
  if (roll < 0.04) return earlier;
  if (roll < 0.07) return { ...earlier, version: earlier.version + 1, pubStatus: 'canceled' };
  return {
    ...earlier,
    version: earlier.version + 1,
    title: `${earlier.title.replace(/ v\d+$/, '')} v${earlier.version + 1}`,
    body: `${earlier.body}<p>Обновление ${earlier.version + 1}.</p>`,
  };
}

function fresh(source: string, externalId: string, random: () => number): StreamArticle {
  const words = Array.from({ length: 60 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const minute = String(Math.floor(random() * 60)).padStart(2, '0');
  return {
    source,
    externalId,
    version: 1,
    pubStatus: 'usable',
    lang: 'ru',
    title: `Сообщение ${externalId}`,
    body: `<p>${externalId}: ${words}.</p>`,
    publishedAt: `2026-11-25T10:${minute}:00+03:00`,
  };
}
