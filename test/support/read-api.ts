import { readAuth } from './pipeline.js';
import { waitFor } from './wait-for.js';

/** One answer of the store's read API. */
export interface ReadAnswer<T> {
  readonly status: number;
  readonly type: string | null;
  readonly headers: Headers;
  readonly body: T;
}

/**
 * GETs `path` from the store at `store` and reads the JSON body (a problem on refusals). It sends the test read
 * key unless `headers` says otherwise, and asks for the `accept` media type when one is given.
 */
export async function readApi<T>(
  store: string,
  path: string,
  { accept, headers = readAuth() }: { accept?: string; headers?: Record<string, string> } = {},
): Promise<ReadAnswer<T>> {
  const response = await fetch(`${store}${path}`, { headers: { ...headers, ...(accept ? { accept } : {}) } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    headers: response.headers,
    body: (await response.json()) as T,
  };
}

/** The store's view of an article, read with the test read key; undefined until the store has it. */
export async function storedArticle<T = Record<string, unknown>>(store: string, id: string): Promise<T | undefined> {
  const response = await fetch(`${store}/v1/articles/${id}`, { headers: readAuth() });
  return response.ok ? ((await response.json()) as T) : undefined;
}

/**
 * Waits until the store answers with article `id` in a state `until` accepts (by default, any), and returns that
 * view. The article crosses the broker, the processor and the store's consumer first: hence the long deadline.
 */
export function waitForStoredArticle<T = Record<string, unknown>>(
  store: string,
  id: string,
  { until = () => true, timeoutMs = 60_000 }: { until?: (article: T) => boolean; timeoutMs?: number } = {},
): Promise<T> {
  return waitFor(
    async () => {
      const article = await storedArticle<T>(store, id);
      return article !== undefined && until(article) ? article : undefined;
    },
    `article ${id} in the store`,
    timeoutMs,
  );
}
