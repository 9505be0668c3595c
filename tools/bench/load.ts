import type { BenchArticle } from './corpus.js';

export interface LoadResult {
  acknowledged: number;
  failedRequests: number;
  /** The first failure, for the report: status and the start of the answer. */
  firstFailure?: string;
  seconds: number;
}

export interface LoadOptions {
  /** Intake URLs: with several fetcher instances, requests take turns among them, as behind a load balancer. */
  urls: readonly string[];
  headers: Record<string, string>;
  source: string;
  batchSize: number;
  /** Articles per second to offer; undefined = as fast as `concurrency` requests in flight allow. */
  rate?: number;
  concurrency: number;
}

/**
 * Sends the articles to an intake in batches, either as fast as possible or at a fixed rate, and counts
 * what was acknowledged. A failed request is retried once after 100 ms, as a well-behaved client would.
 */
export async function runLoad(articles: readonly BenchArticle[], options: LoadOptions): Promise<LoadResult> {
  const batches: BenchArticle[][] = [];
  for (let i = 0; i < articles.length; i += options.batchSize) batches.push(articles.slice(i, i + options.batchSize));
  let acknowledged = 0;
  let failedRequests = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const send = async (batch: BenchArticle[], index: number) => {
    const body = JSON.stringify(batch.map((a) => ({ source: options.source, ...a })));
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(options.urls[(index + attempt) % options.urls.length]!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body,
      }).catch(() => null);
      if (response?.status === 202) {
        acknowledged += ((await response.json()) as { accepted: number }).accepted;
        return;
      }
      failedRequests++;
      firstFailure ??= response ? `${response.status} ${(await response.text()).slice(0, 300)}` : 'no response';
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  let nextBatch = 0;
  const worker = async () => {
    for (;;) {
      const index = nextBatch++;
      if (index >= batches.length) return;
      if (options.rate) {
        const due = started + ((index * options.batchSize) / options.rate) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      await send(batches[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return {
    acknowledged,
    failedRequests,
    ...(firstFailure && { firstFailure }),
    seconds: (performance.now() - started) / 1000,
  };
}
