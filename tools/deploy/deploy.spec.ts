import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeProblems, type ComposeFile } from './compose-rules.js';
import { readCompose, renderKustomization } from './deploy-files.js';
import { deploymentRuleProblems, type K8sObject } from './k8s-rules.js';
import { schemaErrors } from './k8s-schemas.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const clone = <T>(value: T): T => structuredClone(value);

describe('deploy/k8s', () => {
  const objects = renderKustomization(join(ROOT, 'deploy', 'k8s'));
  const find = (list: K8sObject[], kind: string, name: string) =>
    list.find((o) => o.kind === kind && o.metadata.name === name)!;

  it('holds only objects valid against their Kubernetes and KEDA schemas', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      expect.arrayContaining(['Deployment/fetcher', 'Deployment/processor', 'Deployment/store', 'ScaledObject/store']),
    );
    expect(objects.flatMap(schemaErrors)).toEqual([]);
  });

  it('passes the deployment rules, and the rules catch what they are for', () => {
    expect(deploymentRuleProblems(objects)).toEqual([]);
    const broken = clone(objects);
    const processor = find(broken, 'Deployment', 'processor');
    processor.spec!.template!.spec!.containers![0]!.readinessProbe = { httpGet: { path: '/health/live' } };
    processor.spec!.template!.spec!.terminationGracePeriodSeconds = 30;
    find(broken, 'ScaledObject', 'store').spec!.maxReplicaCount = 1000;
    find(broken, 'ConfigMap', 'news-pipeline-config').data!.KAFKA_BROKER = 'typo:9092';
    find(broken, 'ConfigMap', 'news-pipeline-config').data!.DATABASE_POOL_SIZE = 'ten';
    expect(deploymentRuleProblems(broken)).toEqual([
      'Deployment processor: readiness probe not on /health/ready',
      'Deployment processor: terminationGracePeriodSeconds must exceed SHUTDOWN_GRACE_MS + SHUTDOWN_TIMEOUT_MS',
      'ScaledObject store: maxReplicaCount must not exceed KAFKA_TOPIC_PARTITIONS',
      'ConfigMap news-pipeline-config: KAFKA_BROKER is not a configuration key',
      expect.stringMatching(/^configuration: [\s\S]*DATABASE_POOL_SIZE/),
    ]);
  });

  it('rejects an object its schema forbids and a kind it has no schema for', () => {
    const deployment = clone(find(objects, 'Deployment', 'fetcher'));
    (deployment.spec as { replicas?: unknown }).replicas = 'two';
    expect(schemaErrors(deployment)).toEqual([expect.stringContaining('replicas')]);
    expect(schemaErrors({ apiVersion: 'v1', kind: 'Pod' })).toEqual(['no schema for v1/Pod']);
  });
});

describe('docker-compose.yml', () => {
  const compose = readCompose(join(ROOT, 'docker-compose.yml'));

  it('keeps Kafka on its volume, lets host consumers in, health-checks the apps and lets them scale', () => {
    expect(composeProblems(compose)).toEqual([]);
  });

  it('catches the faults it was fixed for', () => {
    const broken: ComposeFile = clone(compose);
    delete broken.services.kafka!.environment!.KAFKA_LOG_DIRS;
    broken.services.processor!.ports = ['3002:3002'];
    broken.services.store!.depends_on = ['kafka', 'postgres'];
    delete broken.services.fetcher!.healthcheck;
    expect(composeProblems(broken)).toEqual([
      'kafka: KAFKA_LOG_DIRS is not on a mounted volume (the image default is under /tmp)',
      'fetcher: no health check',
      'processor: a fixed host port stops --scale',
      'store: does not wait for kafka to be healthy',
      'store: does not wait for postgres to be healthy',
    ]);
  });
});
