/** One article as the stream sent it (the intake's native JSON). */
export interface StreamArticle {
  source: string;
  externalId: string;
  title: string;
  body: string;
  publishedAt: string;
  lang: string;
  version: number;
  pubStatus: 'usable' | 'canceled';
}

/** The newest acknowledged version of an article: what the store must end up holding. */
export interface Expected {
  id: string;
  version: number;
  pubStatus: StreamArticle['pubStatus'];
}

type Status = 'new' | 'new-version' | 'duplicate' | 'rejected';

/**
 * What the fetcher acknowledged (a 202 naming the item `new`, `new-version` or `duplicate`; a duplicate
 * answer to a retry means an earlier attempt was published, the intake records an article only after Kafka
 * acknowledged it), per article id, with the newest version.
 */
export class AcknowledgedLedger {
  readonly expected = new Map<string, Expected & { article: StreamArticle }>();
  readonly statuses: Record<Status, number> = { new: 0, 'new-version': 0, duplicate: 0, rejected: 0 };
  /** Requests answered with something other than 202 (503 while a dependency is down, 429…), by status. */
  readonly refusals = new Map<string, number>();
  ackedItems = 0;

  acknowledge(id: string, status: Status, article: StreamArticle): void {
    this.statuses[status]++;
    if (status === 'rejected') return;
    this.ackedItems++;
    const known = this.expected.get(id);
    if (!known || known.version <= article.version)
      this.expected.set(id, { id, version: article.version, pubStatus: article.pubStatus, article });
  }

  refused(what: string): void {
    this.refusals.set(what, (this.refusals.get(what) ?? 0) + 1);
  }
}
