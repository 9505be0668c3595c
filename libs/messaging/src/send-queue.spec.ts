import { SendQueue, type TopicMessages } from './send-queue.js';

const msg = (key: string, bytes = 10) => ({ key, value: 'x'.repeat(bytes) });

/** A fake producer whose requests stay in flight until the test releases them. */
class FakeBroker {
  readonly requests: TopicMessages[][] = [];
  private readonly open: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  refuse: (batch: TopicMessages[]) => unknown = () => undefined;

  send = (batch: TopicMessages[]): Promise<void> => {
    this.requests.push(batch);
    const refusal = this.refuse(batch);
    if (refusal) return Promise.reject(refusal);
    return new Promise((resolve, reject) => this.open.push({ resolve, reject }));
  };

  /** Acknowledges the oldest request in flight and lets the queue move on. */
  async ack(): Promise<void> {
    this.open.shift()!.resolve();
    await flush();
  }

  async fail(error: unknown): Promise<void> {
    this.open.shift()!.reject(error);
    await flush();
  }
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
const TOO_LARGE = { type: 'MESSAGE_TOO_LARGE' };
const isTooLarge = (e: unknown) => (e as { type?: string }).type === 'MESSAGE_TOO_LARGE';
const keysOf = (batch: TopicMessages[]) => batch.flatMap((t) => t.messages.map((m) => `${t.topic}:${m.key}`));

describe('SendQueue', () => {
  it('sends what arrived while a request was in flight as one request, in arrival order', async () => {
    const broker = new FakeBroker();
    const queue = new SendQueue(broker.send, 1_000, isTooLarge);
    const first = queue.submit('a', [msg('1')]);
    const later = [
      queue.submit('a', [msg('2'), msg('3')]),
      queue.submit('b', [msg('4')]),
      queue.submit('a', [msg('5')]),
    ];
    await flush();
    expect(broker.requests.map(keysOf)).toEqual([['a:1']]);
    await broker.ack();
    await first.acknowledged;
    expect(broker.requests.map(keysOf)).toEqual([['a:1'], ['a:2', 'a:3', 'a:5', 'b:4']]);
    await broker.ack();
    await Promise.all(later.map((p) => p.acknowledged));
    expect(queue.depth).toBe(0);
  });

  it('answers no caller before the request carrying its messages is acknowledged', async () => {
    const broker = new FakeBroker();
    const queue = new SendQueue(broker.send, 1_000, isTooLarge);
    let answered = false;
    void queue.submit('a', [msg('1')]).acknowledged.then(() => (answered = true));
    await flush();
    expect(answered).toBe(false);
    await broker.ack();
    expect(answered).toBe(true);
  });

  it('keeps each request within the byte limit', async () => {
    const broker = new FakeBroker();
    const queue = new SendQueue(broker.send, 250, isTooLarge);
    const all = ['1', '2', '3', '4', '5'].map((k) => queue.submit('a', [msg(k, 100)]));
    await flush();
    while (broker.requests.length < 3) await broker.ack();
    await broker.ack();
    await Promise.all(all.map((p) => p.acknowledged));
    expect(broker.requests.map(keysOf)).toEqual([['a:1'], ['a:2', 'a:3'], ['a:4', 'a:5']]);
  });

  it('sends a submission over the limit alone, chunk after chunk', async () => {
    const broker = new FakeBroker();
    const queue = new SendQueue(broker.send, 250, isTooLarge);
    const big = queue.submit('a', [msg('1', 200), msg('2', 200), msg('3', 200)]);
    const small = queue.submit('a', [msg('4', 10)]);
    await flush();
    for (let i = 0; i < 4; i++) await broker.ack();
    await Promise.all([big.acknowledged, small.acknowledged]);
    expect(broker.requests.map(keysOf)).toEqual([['a:1'], ['a:2'], ['a:3'], ['a:4']]);
  });

  it('fails only the oversized caller when the broker refuses a shared request as too large', async () => {
    const broker = new FakeBroker();
    broker.refuse = (batch) => (keysOf(batch).includes('a:huge') ? TOO_LARGE : undefined);
    const queue = new SendQueue(broker.send, 1_000, isTooLarge);
    const head = queue.submit('a', [msg('0')]);
    const before = queue.submit('a', [msg('1')]);
    const huge = queue.submit('a', [msg('huge')]);
    const after = queue.submit('a', [msg('2')]);
    const refused = expect(huge.acknowledged).rejects.toBe(TOO_LARGE);
    await flush();
    await broker.ack();
    await head.acknowledged;
    await broker.ack();
    await broker.ack();
    await refused;
    await expect(before.acknowledged).resolves.toBeUndefined();
    await expect(after.acknowledged).resolves.toBeUndefined();
    expect(broker.requests.map(keysOf)).toEqual([['a:0'], ['a:1', 'a:huge', 'a:2'], ['a:1'], ['a:huge'], ['a:2']]);
  });

  it('fails every caller of a request that failed otherwise, and goes on with the next ones', async () => {
    const broker = new FakeBroker();
    const queue = new SendQueue(broker.send, 1_000, isTooLarge);
    const head = queue.submit('a', [msg('0')]);
    const group = [queue.submit('a', [msg('1')]), queue.submit('a', [msg('2')])];
    const outage = new Error('broker gone');
    const failures = [head, ...group].map((p) => expect(p.acknowledged).rejects.toBe(outage));
    await flush();
    await broker.fail(outage);
    await broker.fail(outage);
    await Promise.all(failures);
    const next = queue.submit('a', [msg('3')]);
    await flush();
    await broker.ack();
    await expect(next.acknowledged).resolves.toBeUndefined();
  });

  it('never sends a submission withdrawn while it waited', async () => {
    const broker = new FakeBroker();
    const queue = new SendQueue(broker.send, 1_000, isTooLarge);
    const head = queue.submit('a', [msg('0')]);
    const gone = queue.submit('a', [msg('1')]);
    const kept = queue.submit('a', [msg('2')]);
    await flush();
    expect(gone.withdraw()).toBe(true);
    expect(head.withdraw()).toBe(false);
    await broker.ack();
    await broker.ack();
    await kept.acknowledged;
    expect(broker.requests.map(keysOf)).toEqual([['a:0'], ['a:2']]);
  });
});
