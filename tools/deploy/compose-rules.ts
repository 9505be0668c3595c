interface ComposeService {
  environment?: Record<string, string | number>;
  ports?: (string | number)[];
  volumes?: string[];
  healthcheck?: { test?: unknown };
  depends_on?: Record<string, { condition?: string }> | string[];
}
export interface ComposeFile {
  services: Record<string, ComposeService>;
}

const APPS = ['fetcher', 'processor', 'store'];

/** A port published on one fixed host port ("3002:3002"): a second replica could not bind it. */
const fixedHostPort = (port: string | number) => /^(\d+:)?\d+:\d+$/.test(String(port).replace(/\/\w+$/, ''));

/** Kafka keeps its topics on its volume and offers a listener to consumers on the host. */
function kafkaProblems(kafka: ComposeService | undefined): string[] {
  if (!kafka) return ['no kafka service'];
  const env = kafka.environment ?? {};
  const mounts = (kafka.volumes ?? []).map((v) => v.split(':')[1]);
  const problems: string[] = [];
  const logDirs = String(env.KAFKA_LOG_DIRS ?? '');
  if (!logDirs || !logDirs.split(',').every((dir) => mounts.some((m) => m && dir.startsWith(m))))
    problems.push('kafka: KAFKA_LOG_DIRS is not on a mounted volume (the image default is under /tmp)');
  const external = String(env.KAFKA_ADVERTISED_LISTENERS ?? '')
    .split(',')
    // The host may be a compose variable with a default (`${KAFKA_EXTERNAL_HOST:-localhost}`), colon and all.
    .map((l) => /^(\w+):\/\/(.+):(\d+)$/.exec(l))
    .find((m) => m && m[2] !== 'kafka');
  if (!external || !(kafka.ports ?? []).some((p) => String(p).endsWith(`:${external[3]}`)))
    problems.push('kafka: no advertised listener published to the host');
  return problems;
}

/** An app service: health-checked, started after its real dependencies are healthy, free to scale. */
function appProblems(name: string, service: ComposeService | undefined): string[] {
  if (!service) return [`no ${name} service`];
  const problems: string[] = [];
  if (!service.healthcheck?.test) problems.push(`${name}: no health check`);
  const deps = service.depends_on ?? {};
  for (const dep of ['kafka', 'postgres'])
    if (Array.isArray(deps) || deps[dep]?.condition !== 'service_healthy')
      problems.push(`${name}: does not wait for ${dep} to be healthy`);
  if ((service.ports ?? []).some(fixedHostPort)) problems.push(`${name}: a fixed host port stops --scale`);
  return problems;
}

/** What docker-compose.yml gets wrong for running at scale on one host. */
export function composeProblems(compose: ComposeFile): string[] {
  return [...kafkaProblems(compose.services.kafka), ...APPS.flatMap((a) => appProblems(a, compose.services[a]))];
}
