import type { AppConfig } from '@app/config';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** One JSON line per event, tagged with the service name. */
export function createServiceLogger(service: string, level: AppConfig['logLevel']): ConsoleLogger {
  return new ConsoleLogger(service, { json: true, colors: false, logLevels: LEVELS[level] });
}
