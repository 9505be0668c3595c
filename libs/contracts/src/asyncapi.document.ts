import { contractJsonSchema, type ContractName } from './json-schema.catalogue.js';
import { TOPICS, deadLetterTopicOf } from './topics.js';

/** The version of the published contract as a whole; its major part is the topics' `vN`. */
export const CONTRACT_VERSION = '1.0.0';

const KAFKA_BINDING = '0.5.0';
/**
 * AsyncAPI 3.0 (its `Schema Object`) reads JSON Schema draft-07 as a `schemaFormat`, not 2020-12; the schemas use
 * only keywords the two drafts share, so the embedded copies are the same contracts in draft-07 dress.
 */
const schemaOf = (name: ContractName) => ({
  schemaFormat: 'application/schema+json;version=draft-07',
  schema: contractJsonSchema(name, 'draft-7'),
});
const articleKey = {
  type: 'string',
  format: 'uuid',
  description: 'The article id: every version of one article lands on one partition.',
};

const ORDERING =
  'Keyed by article id, so the versions of one article are in order on one partition; there is no order across ' +
  'articles. Delivery is at least once: a consumer must be idempotent (upsert by `id`, keep the highest `version`). ' +
  'The topic name carries the contract version; with KAFKA_NAMESPACE set, every name is prefixed with `<namespace>.`.';

function channel(address: string, message: string, description: string) {
  const messages: Record<string, { $ref: string }> = { [message]: { $ref: `#/components/messages/${message}` } };
  return {
    address,
    description: `${description}\n\n${ORDERING}`,
    messages,
    bindings: { kafka: { topic: address, bindingVersion: KAFKA_BINDING } },
  };
}

function deadLetterChannel(source: string) {
  return channel(
    deadLetterTopicOf(source),
    'deadLetter',
    `Messages from \`${source}\` that can never succeed, with their original key, bytes and headers, and why.`,
  );
}

function message(title: string, payload: ContractName, summary: string) {
  return {
    name: payload,
    title,
    summary,
    contentType: 'application/json',
    headers: schemaOf('cloud-event-headers'),
    payload: schemaOf(payload),
    bindings: { kafka: { key: articleKey, bindingVersion: KAFKA_BINDING } },
  };
}

const operation = (action: 'send' | 'receive', channelId: string, description: string) => ({
  action,
  channel: { $ref: `#/channels/${channelId}` },
  description,
});

/**
 * The AsyncAPI 3.0 document of the pipeline's topics, built from the same zod schemas as the parsers; served at
 * `/v1/contracts/asyncapi.json` and committed as `docs/asyncapi/asyncapi.json`.
 */
export function asyncApiDocument() {
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'news-pipeline topics',
      version: CONTRACT_VERSION,
      description:
        'Articles accepted by the fetcher (raw) and normalised with their entities by the processor (enriched). ' +
        'Every message carries CloudEvents 1.0 attributes as `ce_*` headers (Kafka binding, binary mode) and a W3C ' +
        '`traceparent`. The pipeline writes its record batches zstd-compressed (Kafka compression type 4): a client ' +
        'must support zstd to read the topics (kafkajs needs a codec registered; see docs/topics.md). ' +
        'Compatibility policy: docs/contracts.md.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: 'localhost:9092',
        protocol: 'kafka',
        description: 'The broker of `npm start` and docker compose.',
      },
    },
    channels: {
      rawArticles: channel(TOPICS.rawArticles, 'rawArticle', 'Every accepted article as the fetcher received it.'),
      rawArticlesDeadLetter: deadLetterChannel(TOPICS.rawArticles),
      enrichedArticles: channel(
        TOPICS.enrichedArticles,
        'enrichedArticle',
        'Normalised articles with their entities and story cluster: the topic downstream services consume.',
      ),
      enrichedArticlesDeadLetter: deadLetterChannel(TOPICS.enrichedArticles),
    },
    operations: {
      publishRawArticle: operation(
        'send',
        'rawArticles',
        'The fetcher publishes each accepted article (and the store replays).',
      ),
      consumeEnrichedArticle: operation(
        'receive',
        'enrichedArticles',
        'A downstream service, in a consumer group of its own.',
      ),
      receiveRawDeadLetter: operation('receive', 'rawArticlesDeadLetter', 'An operator inspects and replays.'),
      receiveEnrichedDeadLetter: operation(
        'receive',
        'enrichedArticlesDeadLetter',
        'An operator inspects and replays.',
      ),
    },
    components: {
      messages: {
        rawArticle: message('Raw article', 'raw-article', 'One accepted article, before normalisation.'),
        enrichedArticle: message('Enriched article', 'enriched-article', 'A normalised article with its entities.'),
        deadLetter: {
          name: 'dead-letter',
          title: 'Dead letter',
          summary: 'The original message, byte for byte, with the reason it failed in `dlq.*` headers.',
          contentType: 'application/octet-stream',
          headers: schemaOf('dead-letter-headers'),
          payload: { description: 'The original value, unchanged (empty when `dlq.value.omitted` is set).' },
          bindings: { kafka: { key: { type: 'string' }, bindingVersion: KAFKA_BINDING } },
        },
      },
    },
  };
}
