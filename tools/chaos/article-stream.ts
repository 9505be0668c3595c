import { AcknowledgedLedger, type StreamArticle } from './acknowledged-ledger.js';
import type { PlannedItem } from './stream-plan.js';

export interface StreamOptions {
  /** The intake URL of every fetcher instance: requests take turns among them, as behind a load balancer. */
  intakeUrls: readonly string[];
  apiKey: string;
  /** The items to send, in order (`planStream`). */
  plan: readonly PlannedItem[];
  /** Items per second offered. */
  rate: number;
  batchSize: number;
  concurrency: number;
}

/**
 * A steady stream of planned articles into the fetchers, like an agency that re-sends until it gets a 202 (to the
 * next fetcher when one does not answer). An item that revises an article waits for the answer to the article's
 * previous item, so two versions of one article are never in flight at once and the newest acknowledged version is
 * the truth.
 */
export class ArticleStream {
  readonly ledger = new AcknowledgedLedger();
  private readonly answered: Promise<void>[];
  private readonly answer: (() => void)[] = [];
  private sent = 0;
  private turn = 0;

  constructor(private readonly options: StreamOptions) {
    this.answered = options.plan.map(() => new Promise<void>((resolve) => this.answer.push(resolve)));
  }

  get items(): number {
    return this.options.plan.length;
  }

  get progress(): number {
    return this.ledger.ackedItems / this.items;
  }

  async run(): Promise<void> {
    const started = performance.now();
    const worker = async () => {
      while (this.sent < this.items) {
        const from = this.sent;
        const to = Math.min(from + this.options.batchSize, this.items);
        const due = started + (from / this.options.rate) * 1000;
        this.sent = to;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const batch = this.options.plan.slice(from, to);
        await Promise.all(batch.flatMap((item) => (item.after === undefined ? [] : [this.answered[item.after]])));
        await this.send(batch.map((item) => item.article));
        for (let i = from; i < to; i++) this.answer[i]!();
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
  }

  /** Sends until an intake answers 202 (a client retries 503s, 429s and lost connections with the same bytes). */
  private async send(items: StreamArticle[]): Promise<void> {
    const body = JSON.stringify(items);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` };
    for (;;) {
      const url = this.options.intakeUrls[this.turn++ % this.options.intakeUrls.length]!;
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(30_000),
      }).catch(() => null);
      if (response?.status === 202) {
        const { results } = (await response.json()) as {
          results: { index: number; id?: string; status: 'new' | 'new-version' | 'duplicate' | 'rejected' }[];
        };
        for (const r of results) this.ledger.acknowledge(r.id ?? '', r.status, items[r.index]!);
        return;
      }
      this.ledger.refused(response ? String(response.status) : 'no answer');
      if (response && response.status < 500 && response.status !== 429) {
        process.stderr.write(
          `[chaos] the intake refused a valid batch: ${response.status} ${(await response.text()).slice(0, 300)}\n`,
        );
        return;
      }
      await response?.arrayBuffer().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
