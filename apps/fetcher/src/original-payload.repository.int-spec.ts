import { loadConfig } from '@app/config';
import { connectDataSource, createDataSource } from '@app/database';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { FETCHER_DATABASE } from './fetcher.database.js';
import { OriginalPayloadRepository } from './original-payload.repository.js';

describe('OriginalPayloadRepository against PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await connectDataSource(() => createDataSource(loadConfig(process.env).database, FETCHER_DATABASE), {
      migrationsRun: true,
      log: console,
    });
  });

  afterAll(() => dataSource.destroy());

  it('keeps a payload large enough to be compressed lz4-compressed, and gives back its bytes', async () => {
    const source = `src-${randomUUID()}`;
    const payload = Buffer.from(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ title: `Статья ${i}` }))));
    await new OriginalPayloadRepository(dataSource).keep({
      source,
      payloadHash: randomUUID(),
      mediaType: 'application/json',
      format: 'native-json',
      payload,
      receivedAt: new Date(),
    });
    const [row]: { payload: Buffer; method: string }[] = await dataSource.query(
      `SELECT payload, pg_column_compression(payload) AS method FROM intake_originals WHERE source = $1`,
      [source],
    );
    expect(Buffer.compare(row!.payload, payload)).toBe(0);
    expect(row!.method).toBe('lz4');
    await dataSource.query(`DELETE FROM intake_originals WHERE source = $1`, [source]);
  });
});
