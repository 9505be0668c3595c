import {
  inNamespace,
  KafkaConsumerServer,
  type KafkaPublisher,
  type KafkaSettings,
  RethrowRpcErrorsFilter,
} from '@app/messaging';
import { Logger, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import { waitFor } from './wait-for.js';

/** For the consumer's real-broker tests: a Nest microservice over `module`'s handlers, listening as `group`. */
export async function startConsumerService(
  module: unknown,
  options: { kafka: Kafka; publisher: KafkaPublisher; settings: KafkaSettings; group: string },
): Promise<{ service: INestMicroservice; server: KafkaConsumerServer }> {
  const server = new KafkaConsumerServer({ ...options, logger: new Logger(options.group) });
  const service = await NestFactory.createMicroservice(module as never, { strategy: server, logger: false });
  service.useGlobalFilters(new RethrowRpcErrorsFilter());
  await service.listen();
  return { service, server };
}

/** Reads the first `count` messages of a namespaced topic from the beginning (value, headers as text). */
export async function readMessages(
  kafka: Kafka,
  settings: KafkaSettings,
  topic: string,
  count: number,
): Promise<Array<{ value: Buffer; headers: Record<string, string> }>> {
  const messages: Array<{ value: Buffer; headers: Record<string, string> }> = [];
  const peek = kafka.consumer({ groupId: `${settings.namespace}.peek.${topic}` });
  await peek.connect();
  try {
    await peek.subscribe({ topic: inNamespace(settings.namespace, topic), fromBeginning: true });
    await peek.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        messages.push({ value: message.value ?? Buffer.alloc(0), headers });
      },
    });
    await waitFor(async () => (messages.length >= count ? true : undefined), `${count} messages on ${topic}`);
  } finally {
    await peek.disconnect();
  }
  return messages;
}
