import { Registry } from 'prom-client';
import { PipelineMetrics } from './pipeline-metrics.js';

describe('PipelineMetrics', () => {
  const depth = async (metrics: PipelineMetrics) => (await metrics.produceQueueDepth.get()).values[0]?.value;

  it('sums the watched produce queues at each scrape and forgets one that is unwatched', async () => {
    const metrics = new PipelineMetrics(new Registry());
    expect(await depth(metrics)).toBe(0);
    let first = 3;
    const unwatchFirst = metrics.watchProduceQueue(() => first);
    const unwatchSecond = metrics.watchProduceQueue(() => 4);
    expect(await depth(metrics)).toBe(7);
    first = 5;
    expect(await depth(metrics)).toBe(9);
    unwatchFirst();
    unwatchFirst();
    expect(await depth(metrics)).toBe(4);
    unwatchSecond();
    expect(await depth(metrics)).toBe(0);
  });
});
