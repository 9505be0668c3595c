import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { authFor, freshNamespace, testConfig } from '../support/pipeline.js';

describe('a fetcher that is shutting down', () => {
  it('turns unready and refuses intake with 503 SHUTTING_DOWN during its grace period', async () => {
    const app = await createFetcherApp(
      testConfig({ KAFKA_NAMESPACE: freshNamespace('e2e-drain'), SHUTDOWN_GRACE_MS: '3000' }),
    );
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);

    const closing = app.close();
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'draining' });
    const intake = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authFor('e2e-tass') },
      body: JSON.stringify({
        source: 'e2e-tass',
        externalId: 'drain-1',
        title: 'Заголовок',
        body: 'Текст',
        publishedAt: '2026-11-25T10:00:00Z',
      }),
    });
    expect(intake.status).toBe(503);
    expect(intake.headers.get('retry-after')).toBe('5');
    expect(((await intake.json()) as { code: string }).code).toBe('SHUTTING_DOWN');
    await closing;
  }, 30_000);
});
