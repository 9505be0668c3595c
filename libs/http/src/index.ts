export { createHttpApp, type HttpAppOptions } from './create-http-app.js';
export { ProblemFilter } from './problem.filter.js';
export { toProblem, type Problem, type ProblemResponse } from './problem.js';
export { STATUS_BY_CODE, RETRY_AFTER_SECONDS } from './problem-status.js';
export { checkHealth, HEALTH_INDICATORS, type HealthIndicator, type HealthReport } from './health.js';
export { HealthModule } from './health.module.js';
export { runService } from './run-service.js';
export { Lifecycle } from './lifecycle.service.js';
export { contractsPage } from './contracts.page.js';
