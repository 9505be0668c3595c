import { ENV_SCHEMA, loadConfig } from '@app/config';
import { TOPICS } from '@app/contracts';

interface Probe {
  httpGet?: { path?: string };
}
interface Container {
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}
/** The parts of a manifest object the rules read; the schemas check the rest. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: {
    selector?: { matchLabels?: Record<string, string> };
    template?: {
      metadata?: { labels?: Record<string, string> };
      spec?: { terminationGracePeriodSeconds?: number; containers?: Container[] };
    };
    scaleTargetRef?: { name: string };
    maxReplicaCount?: number;
    triggers?: { type: string; metadata?: Record<string, string> }[];
  };
}

/** What each consumer consumes: its Deployment must scale on the lag of this group on this topic. */
const CONSUMERS: Record<string, { group: string; topic: string }> = {
  processor: { group: 'processor', topic: TOPICS.rawArticles },
  store: { group: 'store', topic: TOPICS.enrichedArticles },
};

const named = (objects: readonly K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);

const matches = (selector: Record<string, string> = {}, labels: Record<string, string> = {}) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/** The problems with one Deployment, given everything else rendered beside it. */
function deploymentProblems(d: K8sObject, objects: readonly K8sObject[]): string[] {
  const at = `Deployment ${d.metadata.name}`;
  const pod = d.spec?.template?.spec ?? {};
  const labels = d.spec?.template?.metadata?.labels;
  const config = Object.assign({}, ...named(objects, 'ConfigMap').map((c) => c.data ?? {})) as Record<string, string>;
  const problems: string[] = [];
  for (const c of pod.containers ?? []) {
    if (c.readinessProbe?.httpGet?.path !== '/health/ready')
      problems.push(`${at}: readiness probe not on /health/ready`);
    if (c.livenessProbe?.httpGet?.path !== '/health/live') problems.push(`${at}: liveness probe not on /health/live`);
    const { requests, limits } = c.resources ?? {};
    if (!requests?.cpu || !requests.memory || !limits?.memory)
      problems.push(`${at}: cpu/memory requests or memory limit missing`);
    for (const ref of c.envFrom ?? []) {
      if (ref.configMapRef && !named(objects, 'ConfigMap').some((o) => o.metadata.name === ref.configMapRef!.name))
        problems.push(`${at}: ConfigMap ${ref.configMapRef.name} is not in the rendering`);
      if (ref.secretRef && !named(objects, 'Secret').some((o) => o.metadata.name === ref.secretRef!.name))
        problems.push(`${at}: Secret ${ref.secretRef.name} is not in the rendering`);
    }
  }
  const shutdownMs = Number(config.SHUTDOWN_GRACE_MS ?? 0) + Number(config.SHUTDOWN_TIMEOUT_MS ?? 30_000);
  if ((pod.terminationGracePeriodSeconds ?? 30) * 1000 <= shutdownMs)
    problems.push(`${at}: terminationGracePeriodSeconds must exceed SHUTDOWN_GRACE_MS + SHUTDOWN_TIMEOUT_MS`);
  if (!named(objects, 'PodDisruptionBudget').some((p) => matches(p.spec?.selector?.matchLabels, labels)))
    problems.push(`${at}: no PodDisruptionBudget selects its pods`);
  return problems;
}

/** The problems with the autoscaling of one consumer: on its own group's lag, never past the partition count. */
function scalingProblems(service: string, objects: readonly K8sObject[]): string[] {
  const scaler = named(objects, 'ScaledObject').find((s) => s.spec?.scaleTargetRef?.name === service);
  if (!scaler) return [`${service}: no ScaledObject scales it on consumer lag`];
  const trigger = scaler.spec?.triggers?.find((t) => t.type === 'kafka')?.metadata ?? {};
  const { group, topic } = CONSUMERS[service]!;
  const problems: string[] = [];
  if (trigger.consumerGroup !== group || trigger.topic !== topic)
    problems.push(`ScaledObject ${scaler.metadata.name}: must scale on group ${group}, topic ${topic}`);
  const partitions = named(objects, 'ConfigMap').find((c) => c.data?.KAFKA_TOPIC_PARTITIONS)?.data
    ?.KAFKA_TOPIC_PARTITIONS;
  if (!partitions || (scaler.spec?.maxReplicaCount ?? Infinity) > Number(partitions))
    problems.push(`ScaledObject ${scaler.metadata.name}: maxReplicaCount must not exceed KAFKA_TOPIC_PARTITIONS`);
  return problems;
}

/** Configuration keys the services do not know: a typo there is silently ignored at start-up. */
function unknownKeys(objects: readonly K8sObject[]): string[] {
  const known = new Set(Object.keys(ENV_SCHEMA.shape));
  return [...named(objects, 'ConfigMap'), ...named(objects, 'Secret')].flatMap((o) =>
    Object.keys({ ...o.data, ...o.stringData })
      .filter((key) => !known.has(key))
      .map((key) => `${o.kind} ${o.metadata.name}: ${key} is not a configuration key`),
  );
}

/** The services' own validation of the settings they would start with: one message listing every bad value. */
function configProblems(objects: readonly K8sObject[]): string[] {
  const env = Object.assign(
    {},
    ...[...named(objects, 'ConfigMap'), ...named(objects, 'Secret')].map((o) => ({ ...o.data, ...o.stringData })),
  ) as Record<string, string>;
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return [`configuration: ${(error as Error).message}`];
  }
}

/** What the rendered deployment gets wrong beyond the schemas: probes, shutdown, budgets, autoscaling, config. */
export function deploymentRuleProblems(objects: readonly K8sObject[]): string[] {
  const deployments = named(objects, 'Deployment');
  return [
    ...['fetcher', 'processor', 'store']
      .filter((s) => !deployments.some((d) => d.metadata.name === s))
      .map((s) => `no Deployment ${s}`),
    ...deployments.flatMap((d) => deploymentProblems(d, objects)),
    ...Object.keys(CONSUMERS).flatMap((s) => scalingProblems(s, objects)),
    ...unknownKeys(objects),
    ...configProblems(objects),
  ];
}
