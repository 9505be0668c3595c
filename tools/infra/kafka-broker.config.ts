/** The two TCP ports of a single-node broker: clients use `port` only, the controller quorum `controllerPort`. */
export interface BrokerPorts {
  port: number;
  controllerPort: number;
}

/**
 * `server.properties` of a single-node KRaft broker: combined broker and controller with one static voter, so
 * the same file formats and runs on Kafka 3.9 and 4.x. Every internal topic gets replication 1, without which
 * consumer groups and transactions never work on one node; topics are created by the services, never implied.
 */
export function brokerProperties({ port, controllerPort }: BrokerPorts, logDir: string): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${logDir}`,
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // An empty group's first join is not held back (3 s by default): a one-member group is empty right after its
    // member was evicted or timed out, when a restarted consumer wants its partitions back (operations-resilience.md).
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
    '',
  ].join('\n');
}

/**
 * HotSpot options for the local broker (and its storage formatter). `TieredStopAtLevel=1` keeps the JIT at its
 * quick first tier: C2, the optimising compiler, took about half the broker's CPU through the first ~10,000 articles
 * of a fresh broker (every test run, bench and `npm start` begins with one), and the little it speeds up a broker
 * that mostly moves bytes between sockets and files does not pay that back here (docs/benchmarks.md, fourth round).
 * `IgnoreUnrecognizedVMOptions` keeps the broker starting on a JVM that does not know an option.
 */
export const BROKER_JVM_OPTIONS: readonly string[] = ['-XX:+IgnoreUnrecognizedVMOptions', '-XX:TieredStopAtLevel=1'];

/**
 * log4j 2 configuration for the broker: warnings and errors to the console (which the launcher copies to
 * broker.log), plus the one INFO line that says the server started, so the log stays readable.
 */
export const BROKER_LOG4J2 = [
  'appender.console.type=Console',
  'appender.console.name=STDOUT',
  'appender.console.layout.type=PatternLayout',
  'appender.console.layout.pattern=[%d] %p %m (%c)%n',
  'rootLogger.level=WARN',
  'rootLogger.appenderRef.stdout.ref=STDOUT',
  'logger.started.name=kafka.server.KafkaRaftServer',
  'logger.started.level=INFO',
  '',
].join('\n');
