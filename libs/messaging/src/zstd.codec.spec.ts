import kafkajs from 'kafkajs';
import { registerZstdCodec } from './zstd.codec.js';

describe('registerZstdCodec', () => {
  it('gives kafkajs a zstd codec whose output decompresses to its input, smaller for repetitive JSON', async () => {
    registerZstdCodec();
    const codec = kafkajs.CompressionCodecs[kafkajs.CompressionTypes.ZSTD]!();
    const json = Buffer.from(
      JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: i, title: `Заголовок ${i}` }))),
    );
    const compressed = await codec.compress({ buffer: json } as never);
    expect(compressed.length).toBeLessThan(json.length / 2);
    expect(Buffer.compare(await codec.decompress(compressed), json)).toBe(0);
  });
});
