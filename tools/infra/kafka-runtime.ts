import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, projectRoot } from './project-root.js';

/** The Kafka release the project runs locally; the same default stands in tools/kafka/pom.xml. */
export const KAFKA_VERSION = '4.1.1';

function has(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Explains what to install, and the two ways to do without it. */
function missing(what: string): Error {
  return new Error(
    `${what} is needed to run Kafka locally from Maven Central jars and was not found on PATH.\n` +
      `Install Java 17+ and Maven (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven), or\n` +
      `run Kafka with Docker (docker compose up kafka) or point KAFKA_BROKERS at an existing cluster.`,
  );
}

/**
 * The folder of jars that make up the Kafka broker, fetched once from Maven Central with the machine's Maven
 * and cached under `.cache/kafka/<version>/libs`. The download goes to a temporary folder that is renamed at
 * the end, so an interrupted download never leaves a half-filled cache behind.
 */
export function ensureKafkaRuntime(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string {
  const libs = cacheDir('kafka', KAFKA_VERSION, 'libs');
  if (existsSync(libs) && readdirSync(libs).some((f) => f.startsWith('kafka_2.13-'))) return libs;
  if (!has('java', ['-version'])) throw missing('Java');
  if (!has('mvn', ['-v'])) throw missing('Maven');
  const partial = `${libs}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`fetching Kafka ${KAFKA_VERSION} and its dependencies from Maven Central (once)…`);
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', join(projectRoot(), 'tools/kafka/pom.xml'), `-Dkafka.version=${KAFKA_VERSION}`, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`Maven could not fetch Kafka ${KAFKA_VERSION}:\n${(result.stdout + result.stderr).trim().slice(-3000)}`);
  }
  rmSync(libs, { recursive: true, force: true });
  renameSync(partial, libs);
  return libs;
}
