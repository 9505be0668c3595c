import { ArticleSubmissionSchema } from '@app/contracts';
import { createHash } from 'node:crypto';
import type { Repair } from './wire-document.js';

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

function resolved(href: string, bases: readonly (string | undefined)[]): string | undefined {
  for (const base of bases) {
    if (!base || !ABSOLUTE.test(base)) continue;
    try {
      return new URL(href, base).href;
    } catch {
      // Not a base a URL can be resolved against; the next one may be.
    }
  }
  return undefined;
}

/**
 * The item's link as an absolute http(s) URL: a relative one is resolved against the first usable of `bases`
 * (`xml:base`, the item's and the channel's links, the feed's URL); one that stays unusable is dropped. Both
 * are repairs.
 */
export function linkOf(href: string | undefined, bases: readonly (string | undefined)[], repairs: Repair[]) {
  const text = href?.trim();
  if (!text) return undefined;
  const absolute = ABSOLUTE.test(text) ? text : resolved(text, bases);
  if (absolute && ArticleSubmissionSchema.shape.url.safeParse(absolute).success) {
    if (absolute !== text)
      repairs.push({ field: 'url', code: 'URL_RESOLVED', detail: `"${text}" resolved to "${absolute}"` });
    return absolute;
  }
  repairs.push({ field: 'url', code: 'FIELD_DROPPED', detail: `"${text}" is not an absolute http(s) URL; dropped` });
  return undefined;
}

/** The language tag, dropped when it is not BCP 47 (`lang` is optional; the processor detects the language). */
export function langOf(value: string | undefined, repairs: Repair[]): string | undefined {
  const [primary, ...rest] = value?.trim().split(/[-_]/) ?? [];
  if (!primary) return undefined;
  // Wire feeds write `RU` or `ru_RU`; BCP 47 wants `ru`, `ru-RU`.
  const tag = [primary.toLowerCase(), ...rest].join('-');
  if (ArticleSubmissionSchema.shape.lang.safeParse(tag).success) return tag;
  repairs.push({
    field: 'lang',
    code: 'FIELD_DROPPED',
    detail: `"${value!.trim()}" is not a BCP 47 language tag; dropped`,
  });
  return undefined;
}

/**
 * The item's identifier, else its link, else a hash of its title and text: the same item sent again gets the
 * same id, so it is still a duplicate (the id is namespaced by source already).
 */
export function externalIdOf(
  id: string | undefined,
  url: string | undefined,
  content: { title?: string; body?: string },
  repairs: Repair[],
): string | undefined {
  if (id?.trim()) return id;
  if (!content.title?.trim() && !content.body?.trim()) return undefined;
  const derived =
    url ??
    `urn:sha256:${createHash('sha256')
      .update(`${content.title?.trim() ?? ''}\u0000${content.body?.trim() ?? ''}`)
      .digest('hex')}`;
  const from = url ? 'its link' : 'a hash of its title and text';
  repairs.push({ field: 'externalId', code: 'ID_DERIVED', detail: `the item has no identifier; derived from ${from}` });
  return derived;
}

/** The `xml:base` in force inside the innermost of `chain` (outermost first), itself resolved against `outer`. */
export function xmlBaseOf(
  chain: readonly { attributes: Record<string, string> }[],
  outer?: string,
): string | undefined {
  return chain.reduce<string | undefined>((base, element) => {
    const declared = element.attributes['xml:base']?.trim();
    if (!declared) return base;
    return ABSOLUTE.test(declared) ? declared : base && ABSOLUTE.test(base) ? resolved(declared, [base]) : base;
  }, outer);
}
