import type { FastifyInstance } from 'fastify';
import type { PipelineMetrics } from './pipeline-metrics.js';

/** Counts and times every HTTP response by route pattern (never the raw URL, which would explode cardinality). */
export function instrumentHttp(fastify: FastifyInstance, metrics: PipelineMetrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
}
