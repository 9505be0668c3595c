import { AppError } from '@app/errors';
import { z } from 'zod';
import type { ChangeCursor } from './change-feed.repository.js';
import { decodeCursor, encodeCursor } from '../query/page-cursor.js';

const MAX_XID8 = 2n ** 64n - 1n;
const MAX_INT8 = 2n ** 63n - 1n;
/** Decimal digits within `max`; one check, as zod runs a refinement even after a failed pattern, and BigInt throws. */
const upTo = (max: bigint) => z.string().refine((v) => /^\d{1,20}$/.test(v) && BigInt(v) <= max);
const position = z.tuple([upTo(MAX_XID8), upTo(MAX_INT8)]);

/** The opaque `after` of the change feed: both queues' positions. */
export function encodeChangeCursor(cursor: ChangeCursor): string {
  return encodeCursor([...cursor.open, ...cursor.embargoed]);
}

export function decodeChangeCursor(cursor: string): ChangeCursor {
  const parts = decodeCursor(cursor, 4);
  const open = position.safeParse(parts.slice(0, 2));
  const embargoed = position.safeParse(parts.slice(2));
  if (open.success && embargoed.success) return { open: open.data, embargoed: embargoed.data };
  throw new AppError('VALIDATION_FAILED', 'after: is not a cursor this API returned', {
    issues: [{ field: 'after', message: 'is not a cursor this API returned' }],
  });
}
