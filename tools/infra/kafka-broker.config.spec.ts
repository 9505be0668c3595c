import { brokerProperties } from './kafka-broker.config.js';

function parse(properties: string): Map<string, string> {
  const lines = properties.split('\n').filter((line) => line !== '');
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('brokerProperties', () => {
  const map = parse(brokerProperties({ port: 19092, controllerPort: 19093 }, '/data/kafka/logs'));

  it('is one key=value per line, each key once, ending with a newline', () => {
    const text = brokerProperties({ port: 1, controllerPort: 2 }, '/x');
    const lines = text.split('\n').slice(0, -1);
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.every((line) => /^[a-z.]+=\S+$/.test(line))).toBe(true);
    expect(new Set(lines.map((line) => line.split('=')[0])).size).toBe(lines.length);
  });

  it('runs broker and controller in one process, the controller being the single static voter', () => {
    expect(map.get('process.roles')).toBe('broker,controller');
    expect(map.get('controller.quorum.voters')).toBe(`${map.get('node.id')}@127.0.0.1:19093`);
    expect(map.get('controller.listener.names')).toBe('CONTROLLER');
  });

  it('listens on loopback and advertises only the PLAINTEXT listener to clients', () => {
    expect(map.get('listeners')).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(map.get('advertised.listeners')).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(map.get('listener.security.protocol.map')).toBe('CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT');
  });

  it('keeps the data where it is told', () => {
    expect(map.get('log.dirs')).toBe('/data/kafka/logs');
  });

  it('gives every internal topic replication 1, so groups and transactions work on one node', () => {
    const keys = [
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'share.coordinator.state.topic.replication.factor',
      'share.coordinator.state.topic.min.isr',
    ];
    expect(keys.map((key) => map.get(key))).toEqual(keys.map(() => '1'));
  });

  it('leaves topic creation to the services', () => {
    expect(map.get('auto.create.topics.enable')).toBe('false');
  });
});
