import { TOPICS } from '@app/contracts';

/** The pipeline's topics by the short names the console's pages, routes and CLI use. */
export const SOURCE_TOPICS = { raw: TOPICS.rawArticles, enriched: TOPICS.enrichedArticles } as const;
export type SourceTopicName = keyof typeof SOURCE_TOPICS;
