import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { authFor, testConfig } from '../support/pipeline.js';
import { freePort } from '../../tools/infra/index.js';

describe('fetcher with Kafka unreachable', () => {
  it('answers 503 with Retry-After, never 202, and reports itself unready', async () => {
    const config = testConfig({
      KAFKA_BROKERS: `127.0.0.1:${await freePort()}`,
      KAFKA_PRODUCE_TIMEOUT_MS: '1500',
      LOG_LEVEL: 'error',
    });
    const app = await createFetcherApp(config);
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    try {
      const response = await fetch(`${url}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authFor('e2e-down') },
        body: JSON.stringify({
          source: 'e2e-down',
          externalId: '1',
          title: 'Заголовок',
          body: 'Текст',
          publishedAt: '2026-11-25T10:00:00Z',
        }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(((await response.json()) as { code: string }).code).toBe('BROKER_UNAVAILABLE');

      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: Record<string, { status: string }> }).checks.kafka?.status).toBe(
        'down',
      );
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 60_000);
});
