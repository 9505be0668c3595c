import type { CompressionTypes, Producer } from 'kafkajs';

/** The services' producing pattern, for the broker benches: requests of 20 messages, acks from all replicas. */
export async function sendAsThePipelineDoes(
  producer: Producer,
  topic: string,
  values: readonly string[],
  compression: CompressionTypes,
): Promise<void> {
  for (let i = 0; i < values.length; i += 20)
    await producer.send({
      topic,
      acks: -1,
      compression,
      messages: values.slice(i, i + 20).map((value, k) => ({ key: String(i + k), value })),
    });
}
