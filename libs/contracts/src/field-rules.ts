import { z } from 'zod';

/** Rules shared by the HTTP contract and the topic contracts, so they cannot drift apart. */
export const sourceField = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,63}$/,
    'must be 1-64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit',
  );
/** A NUL or an unpaired UTF-16 surrogate: JSON carries them, PostgreSQL text and jsonb never store them. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Text the store can hold; refused at the intake, since accepting it would mean a 202 for an article later dead-lettered. */
export const storableText = (text: string) => !UNSTORABLE.test(text);
const UNSTORABLE_MESSAGE = 'must not contain NUL characters or unpaired surrogates';
/** Years both PostgreSQL timestamps and ISO 8601 UTC strings (`toISOString`) can carry, counted in UTC. */
const storableInstant = (value: string) => {
  const year = new Date(value).getUTCFullYear();
  // Not a date at all: the format check already says so, once.
  return Number.isNaN(year) || (year >= 1 && year <= 9999);
};

export const externalIdField = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(512)
  .refine(storableText, UNSTORABLE_MESSAGE);
export const titleField = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2_000)
  .refine(storableText, UNSTORABLE_MESSAGE);
export const isoDateTimeField = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' })
  .refine(storableInstant, 'must fall within the years 1 to 9999 in UTC');
/** BCP 47 tags are case-insensitive; this writes them as the registry does: `ru`, `en-GB`, `sr-Cyrl-RS`, `es-419`. */
function canonicalLangTag(tag: string): string {
  return tag
    .split('-')
    .map((part, i) => {
      if (i > 0 && part.length === 2) return part.toUpperCase();
      if (i > 0 && part.length === 4 && /^[a-z]+$/i.test(part))
        return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

export const langField = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'must be a BCP 47 language tag such as "ru" or "en-GB"')
  .transform(canonicalLangTag);
export const urlField = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).max(4_096);
export const pubStatusField = z.enum(['usable', 'withheld', 'canceled']);
/**
 * Where `publishedAt` came from, when a wire format's decoder chose it: the element or attribute read
 * (`pubDate`, `channel.lastBuildDate`, `receivedAt`…), whether that is a fallback because the item's own
 * publication date was missing or unreadable, and the zone assumed for a date written without one.
 */
export const publishedAtSourceField = z.object({
  field: z.string().min(1),
  fallback: z.boolean(),
  assumedZone: z.string().min(1).optional(),
});

/** The fields every article message shares, from the intake contract to the enriched topic. */
export const articleIdentityFields = {
  source: sourceField,
  externalId: externalIdField,
  title: titleField,
  url: urlField.optional(),
  publishedAt: isoDateTimeField,
  embargoedUntil: isoDateTimeField.optional(),
};
