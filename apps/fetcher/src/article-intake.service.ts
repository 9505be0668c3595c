import { articleId, TOPICS, type ArticleSubmission, type RawArticle } from '@app/contracts';
import { KafkaPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

/** What the intake knows about the request an article came in. */
export interface Receipt {
  format: string;
  payload: Buffer;
  receivedAt: Date;
}

/** The raw-topic message for one submitted article; pure, so ids and lineage are unit-testable. */
export function toRawArticle(submission: ArticleSubmission, receipt: Receipt): RawArticle {
  return {
    id: articleId(submission.source, submission.externalId),
    source: submission.source,
    externalId: submission.externalId,
    version: submission.version ?? 1,
    pubStatus: submission.pubStatus ?? 'usable',
    title: submission.title,
    body: submission.body,
    ...(submission.url !== undefined && { url: submission.url }),
    publishedAt: submission.publishedAt,
    ...(submission.lang !== undefined && { lang: submission.lang }),
    ...(submission.embargoedUntil !== undefined && { embargoedUntil: submission.embargoedUntil }),
    receivedAt: receipt.receivedAt.toISOString(),
    lineage: { format: receipt.format, payloadHash: createHash('sha256').update(receipt.payload).digest('hex') },
  };
}

@Injectable()
export class ArticleIntakeService {
  constructor(private readonly publisher: KafkaPublisher) {}

  /** Resolves only once Kafka acknowledged the write (acks=all), keyed by article id. */
  async submit(submission: ArticleSubmission, receipt: Receipt): Promise<{ id: string }> {
    const raw = toRawArticle(submission, receipt);
    await this.publisher.publish(TOPICS.rawArticles, [{ key: raw.id, value: JSON.stringify(raw) }]);
    return { id: raw.id };
  }
}
