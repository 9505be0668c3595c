import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './process-alive.js';
import { cacheDir, projectRoot } from './project-root.js';
import { runCommand } from './run-command.js';

const ALTERNATIVES =
  'Or run Kafka with Docker (docker compose up kafka), or point KAFKA_BROKERS at an existing cluster.';

function pomPath(): string {
  return join(projectRoot(), 'tools', 'kafka', 'pom.xml');
}

/** The text of the `<name>` element in a POM (used for its `<properties>`). */
export function pomProperty(pom: string, name: string): string {
  const match = new RegExp(`<${name.replaceAll('.', '\\.')}>\\s*([^<\\s]+)\\s*</`).exec(pom);
  if (!match?.[1]) throw new Error(`tools/kafka/pom.xml has no <${name}> property`);
  return match[1];
}

/** The Kafka release run locally: the `kafka.version` pinned in tools/kafka/pom.xml, which also keys the cache. */
export function kafkaVersion(): string {
  return pomProperty(readFileSync(pomPath(), 'utf8'), 'kafka.version');
}

/** Fails with what to install when Java 17+ (and, to download, Maven) is not on PATH. */
function requireTools(needMaven: boolean): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const major = Number(/version "(?:1\.)?(\d+)/.exec(`${java.stderr}${java.stdout}`)?.[1] ?? 0);
  if (java.status !== 0 || major < 17) {
    const found = java.status === 0 ? `found Java ${major}` : 'no "java" on PATH';
    throw new Error(
      `The local Kafka broker needs Java 17 or later (${found}). Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless). ${ALTERNATIVES}`,
    );
  }
  if (needMaven && spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      `Fetching the Kafka broker from Maven Central needs Maven, and there is no "mvn" on PATH. Install it (Debian/Ubuntu: apt-get install maven). ${ALTERNATIVES}`,
    );
  }
}

function isComplete(libs: string): boolean {
  return existsSync(libs) && readdirSync(libs).some((file) => file.startsWith('kafka_2.13-'));
}

/** Removes what downloads that crashed left behind (their process is gone). */
async function removeAbandoned(libs: string): Promise<void> {
  const prefix = `${basename(libs)}.partial-`;
  const parent = dirname(libs);
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(entry.slice(prefix.length));
    if (!entry.startsWith(prefix) || isProcessAlive(pid)) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
  }
}

async function runMaven(outputDir: string, version: string): Promise<void> {
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    pomPath(),
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ];
  await runCommand('mvn', args).catch((error: Error) => {
    throw new Error(`Maven could not fetch Kafka ${version} from Maven Central: ${error.message}\n${ALTERNATIVES}`);
  });
}

/** Moves a finished download into place in one rename; a concurrent run that finished first wins. */
async function publish(partial: string, libs: string): Promise<void> {
  if (!isComplete(libs)) await rm(libs, { recursive: true, force: true });
  await rename(partial, libs).catch((error: unknown) => {
    if (!isComplete(libs)) throw error;
  });
}

/**
 * The folder of jars that make up the Kafka broker: `.cache/kafka/<version>/libs` under the repository root.
 * On first use they are fetched from Maven Central with the machine's Maven (tools/kafka/pom.xml) into a
 * folder beside it, renamed into place when complete, so an interrupted download never leaves a half cache.
 *
 * @param log receives one line when a download starts (it takes a few seconds to a minute).
 * @example const libs = await ensureKafkaRuntime(); // then: java -cp `${libs}/*` kafka.Kafka server.properties
 */
export async function ensureKafkaRuntime(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<string> {
  const version = kafkaVersion();
  const libs = cacheDir('kafka', version, 'libs');
  const cached = isComplete(libs);
  requireTools(!cached);
  if (cached) return libs;
  await removeAbandoned(libs);
  const partial = `${libs}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  log(`fetching Kafka ${version} (about 45 MB) from Maven Central into ${libs} (once)`);
  try {
    await runMaven(partial, version);
    await publish(partial, libs);
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return libs;
}
