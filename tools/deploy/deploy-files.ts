import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { ComposeFile } from './compose-rules.js';
import type { K8sObject } from './k8s-rules.js';

/**
 * The objects `kubectl apply -k deploy/k8s` would apply: every document of every resource the kustomization
 * lists. The kustomization uses no generators or patches, so this is its rendering bar the common labels.
 */
export function renderKustomization(dir: string): K8sObject[] {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as { resources: string[] };
  return kustomization.resources.flatMap((file) =>
    parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return doc.toJS() as K8sObject;
    }),
  );
}

export function readCompose(path: string): ComposeFile {
  // merge: the file's services share their settings through YAML anchors and `<<` merge keys.
  return parse(readFileSync(path, 'utf8'), { merge: true }) as ComposeFile;
}
