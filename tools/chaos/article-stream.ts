import { AcknowledgedLedger, type StreamArticle } from './acknowledged-ledger.js';
import { seededRandom } from './seeded-random.js';

export interface StreamOptions {
  intakeUrl: string;
  apiKey: string;
  source: string;
  /** Items to send: new articles, new versions, kills and identical re-sends. */
  items: number;
  /** Items per second offered. */
  rate: number;
  batchSize: number;
  concurrency: number;
  seed: number;
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
 * A steady stream of valid articles into the fetcher, like an agency that re-sends until it gets a 202:
 * mostly new articles, plus new versions, kills and identical re-sends of articles already acknowledged
 * (never two versions of one article in flight at once, so the newest acknowledged version is the truth).
 */
export class ArticleStream {
  readonly ledger = new AcknowledgedLedger();
  private readonly random: () => number;
  /** Articles with a request in flight: their next version waits for its answer. */
  private readonly busy = new Set<string>();
  private readonly idOf = new Map<string, string>();
  private sent = 0;
  private nextExternal = 0;

  constructor(private readonly options: StreamOptions) {
    this.random = seededRandom(options.seed);
  }

  get progress(): number {
    return this.ledger.ackedItems / this.options.items;
  }

  async run(): Promise<void> {
    const started = performance.now();
    const worker = async () => {
      while (this.sent < this.options.items) {
        const size = Math.min(this.options.batchSize, this.options.items - this.sent);
        const due = started + (this.sent / this.options.rate) * 1000;
        this.sent += size;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await this.send(this.batch(size));
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
  }

  private batch(size: number): StreamArticle[] {
    const items: StreamArticle[] = [];
    for (let i = 0; i < size; i++) {
      const item = this.nextItem();
      this.busy.add(item.externalId);
      items.push(item);
    }
    return items;
  }

  private nextItem(): StreamArticle {
    const roll = this.random();
    const earlier = roll < 0.2 ? this.pickAcknowledged() : undefined;
    if (!earlier) return this.fresh(`chaos-${this.options.seed}-${this.nextExternal++}`);
    if (roll < 0.04) return earlier;
    if (roll < 0.07) return { ...earlier, version: earlier.version + 1, pubStatus: 'canceled' };
    return {
      ...earlier,
      version: earlier.version + 1,
      title: `${earlier.title.replace(/ v\d+$/, '')} v${earlier.version + 1}`,
      body: `${earlier.body}<p>Обновление ${earlier.version + 1}.</p>`,
    };
  }

  /** An acknowledged, not killed article that is not in flight, chosen at random among a few tries. */
  private pickAcknowledged(): StreamArticle | undefined {
    const total = this.nextExternal;
    for (let attempt = 0; attempt < 4 && total > 0; attempt++) {
      const externalId = `chaos-${this.options.seed}-${Math.floor(this.random() * total)}`;
      if (this.busy.has(externalId)) continue;
      const id = this.idOf.get(externalId);
      const known = id === undefined ? undefined : this.ledger.expected.get(id)?.article;
      if (known && known.pubStatus === 'usable') return known;
    }
    return undefined;
  }

  private fresh(externalId: string): StreamArticle {
    const words = Array.from({ length: 60 }, () => WORDS[Math.floor(this.random() * WORDS.length)]).join(' ');
    const minute = String(Math.floor(this.random() * 60)).padStart(2, '0');
    return {
      source: this.options.source,
      externalId,
      version: 1,
      pubStatus: 'usable',
      lang: 'ru',
      title: `Сообщение ${externalId}`,
      body: `<p>${externalId}: ${words}.</p>`,
      publishedAt: `2026-11-25T10:${minute}:00+03:00`,
    };
  }

  /** Sends until the intake answers 202 (a client retries 503s, 429s and lost connections with the same bytes). */
  private async send(items: StreamArticle[]): Promise<void> {
    const body = JSON.stringify(items);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` };
    for (;;) {
      const response = await fetch(this.options.intakeUrl, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(30_000),
      }).catch(() => null);
      if (response?.status === 202) {
        const { results } = (await response.json()) as {
          results: { index: number; id?: string; status: 'new' | 'new-version' | 'duplicate' | 'rejected' }[];
        };
        for (const r of results) {
          const item = items[r.index]!;
          if (r.id) this.idOf.set(item.externalId, r.id);
          this.ledger.acknowledge(r.id ?? '', r.status, item);
        }
        break;
      }
      this.ledger.refused(response ? String(response.status) : 'no answer');
      if (response && response.status < 500 && response.status !== 429) {
        process.stderr.write(
          `[chaos] the intake refused a valid batch: ${response.status} ${(await response.text()).slice(0, 300)}\n`,
        );
        break;
      }
      await response?.arrayBuffer().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const item of items) this.busy.delete(item.externalId);
  }
}
