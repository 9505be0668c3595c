import type { ItemError, Repair, WireDocument, WireItem } from '@app/wire-formats';

/** One article as the intake understands it, whatever format it came in. */
export type IntakeItem = WireItem;

export type { ItemError, Repair };

/** A decoded payload: the format and, per position, an item or why it was rejected. */
export type DecodedPayload = WireDocument;
