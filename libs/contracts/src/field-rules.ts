import { z } from 'zod';

/** Rules shared by the HTTP contract and the topic contracts, so they cannot drift apart. */
export const sourceField = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be 1-64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit');
export const externalIdField = z.string().trim().min(1, 'must not be empty').max(512);
export const titleField = z.string().trim().min(1, 'must not be empty').max(2_000);
export const isoDateTimeField = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' });
export const langField = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "ru" or "en-GB"');
export const urlField = z
  .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' })
  .max(4_096);
export const pubStatusField = z.enum(['usable', 'withheld', 'canceled']);

/** The fields every article message shares, from the intake contract to the enriched topic. */
export const articleIdentityFields = {
  source: sourceField,
  externalId: externalIdField,
  title: titleField,
  url: urlField.optional(),
  publishedAt: isoDateTimeField,
  embargoedUntil: isoDateTimeField.optional(),
};
