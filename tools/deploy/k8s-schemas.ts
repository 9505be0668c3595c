import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';

/** Something with the schema of one kind: its constructor validates a plain object of that kind. */
type Model = new (data: never) => { validate(): void };

/** The kinds deploy/k8s may contain, by `apiVersion/kind`; anything else is an error, not a skip. */
const MODELS: Record<string, Model> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
};

/** The schema errors of one object (none when it is valid), from the kubernetes-models JSON schemas. */
export function schemaErrors(object: { apiVersion?: string; kind?: string }): string[] {
  const model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!model) return [`no schema for ${object.apiVersion}/${object.kind}`];
  try {
    new model(object as never).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
