import { brokerProperties, newClusterId } from './kafka-properties.js';

describe('brokerProperties', () => {
  const properties = brokerProperties({ port: 19092, controllerPort: 19093 }, '/data/logs');
  const map = Object.fromEntries(properties.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)));

  it('advertises only the PLAINTEXT listener, and the controller as the single static voter', () => {
    expect(map['listeners']).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(map['advertised.listeners']).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(map['controller.quorum.voters']).toBe('1@127.0.0.1:19093');
    expect(map['log.dirs']).toBe('/data/logs');
  });

  it('gives every internal topic replication 1 and turns topic auto-creation off', () => {
    for (const key of ['offsets.topic.replication.factor', 'transaction.state.log.replication.factor', 'transaction.state.log.min.isr', 'share.coordinator.state.topic.replication.factor']) {
      expect(map[key]).toBe('1');
    }
    expect(map['auto.create.topics.enable']).toBe('false');
  });
});

describe('newClusterId', () => {
  it('is 22 base64url characters', () => {
    expect(newClusterId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('never starts with "-", which the storage tool would read as a flag', () => {
    const draws = [Buffer.from('fb' + '00'.repeat(15), 'hex'), Buffer.alloc(16, 1)];
    expect(Buffer.from('fb' + '00'.repeat(15), 'hex').toString('base64url')).toMatch(/^-/);
    expect(newClusterId(() => draws.shift()!)).toBe(Buffer.alloc(16, 1).toString('base64url'));
  });
});
