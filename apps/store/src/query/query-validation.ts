import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import type { z } from 'zod';

/**
 * Validates a query string against `schema`, refusing parameters it does not know (a typo must not silently
 * widen a query), and names each bad parameter in the `VALIDATION_FAILED` problem.
 */
export function validateQuery<S extends z.ZodObject>(schema: S, query: unknown): z.infer<S> {
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys((query ?? {}) as object).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const issues = unknown.map((field) => ({
      field,
      message: `is not a parameter of this endpoint (expected one of ${[...known].join(', ')})`,
    }));
    throw new AppError('VALIDATION_FAILED', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
  }
  return validate(schema, query) as z.infer<S>;
}
