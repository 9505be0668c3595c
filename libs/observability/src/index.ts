export { childSpan, formatTraceparent, parseTraceparent, TRACEPARENT, type TraceContext } from './trace-context.js';
export { JsonLogger, type LevelName } from './json-logger.js';
export { PipelineMetrics } from './pipeline-metrics.js';
export { ObservabilityModule } from './observability.module.js';
export { instrumentHttp } from './http-metrics.js';
