import { composeProblems } from './compose-rules.js';
import { readCompose, renderKustomization } from './deploy-files.js';
import { deploymentRuleProblems } from './k8s-rules.js';
import { schemaErrors } from './k8s-schemas.js';
import { projectRoot } from '../infra/index.js';
import { join } from 'node:path';

/**
 * `npm run validate:deploy`: every Kubernetes object under deploy/k8s against its schema and the deployment
 * rules, and docker-compose.yml against the rules for scaling on one host. No cluster and no Docker needed.
 */
const root = projectRoot();
const objects = renderKustomization(join(root, 'deploy', 'k8s'));
const problems = [
  ...objects.flatMap((o) => schemaErrors(o).map((e) => `${o.kind} ${o.metadata?.name}: ${e}`)),
  ...deploymentRuleProblems(objects),
  ...composeProblems(readCompose(join(root, 'docker-compose.yml'))).map((p) => `docker-compose.yml: ${p}`),
];
for (const p of problems) console.error(p);
console.log(`${objects.length} Kubernetes objects and docker-compose.yml checked: ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
