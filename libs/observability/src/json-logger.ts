import type { LoggerService, LogLevel } from '@nestjs/common';

export type LevelName = 'error' | 'warn' | 'info' | 'debug';

const RANK: Record<LevelName, number> = { error: 0, warn: 1, info: 2, debug: 3 };
const NEST_TO_LEVEL: Record<LogLevel, LevelName> = {
  fatal: 'error',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'debug',
};
const SECRET_KEY = /authorization|api[-_]?key|password|secret|token|cookie/i;

function redact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : v]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * One JSON object per line: `time`, `level`, `service`, `context`, `msg`, plus the fields of a structured
 * message. Nest's `Logger` is the API: `logger.log({ msg: 'article accepted', articleId, source, traceId })`
 * puts those fields at the top level, where log tooling can index them. Fields that look like secrets are
 * replaced by "[redacted]".
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly level: LevelName,
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  private emit(nestLevel: LogLevel, message: unknown, rest: unknown[]): void {
    const level = NEST_TO_LEVEL[nestLevel];
    if (RANK[level] > RANK[this.level]) return;
    // Nest passes the context last, and for errors a stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = typeof rest[0] === 'string' ? rest[0] : message instanceof Error ? message.stack : undefined;
    const fields = isPlainObject(message)
      ? redact(message)
      : { msg: message instanceof Error ? message.message : String(message) };
    const line = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      ...(context && { context }),
      ...fields,
      ...(stack && { stack }),
    };
    this.write(`${JSON.stringify(line)}\n`);
  }
}
