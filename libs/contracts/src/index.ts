export { TOPICS, allTopics, deadLetterTopicOf, isDeadLetterTopic, type TopicName } from './topics.js';
export { articleId, uuidV5 } from './article-id.js';
export { entityKey } from './entity-key.js';
export { ArticleSubmissionSchema, type ArticleSubmission } from './article-submission.schema.js';
export {
  ArticleMetadataSchema,
  ConceptSchema,
  MediaSchema,
  PersonSchema,
  type ArticleMetadata,
  type Concept,
  type Media,
  type Person,
} from './article-metadata.schema.js';
export { RawArticleSchema, type RawArticle } from './raw-article.schema.js';
export { EnrichedArticleSchema, EntitySchema, type EnrichedArticle, type Entity } from './enriched-article.schema.js';
export {
  EXTRACT_TEXT_LIMIT,
  ExtractRequestSchema,
  type ExtractRequest,
  type ExtractResponse,
} from './extract-request.schema.js';
export {
  parseArticleSubmission,
  parseExtractRequest,
  parseEnrichedArticle,
  parseRawArticle,
  validate,
} from './contract.parser.js';
export { CLOUD_EVENT_HEADERS, CloudEventHeadersSchema, cloudEventHeaders } from './cloud-event.headers.js';
export { DeadLetterHeadersSchema } from './dead-letter.headers.js';
export { CONTRACT_SCHEMAS, contractJsonSchema, type ContractName } from './json-schema.catalogue.js';
export { asyncApiDocument, CONTRACT_VERSION } from './asyncapi.document.js';
