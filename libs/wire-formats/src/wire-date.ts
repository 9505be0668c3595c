const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})$/;
const RFC_822 =
  /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{2}:\d{2}(:\d{2})?\s+(?:[+-]\d{4}|[A-Z]{1,3})$/;

/**
 * Normalises the date-times wire formats use to ISO 8601 with an offset: ISO 8601 extended (NewsML-G2,
 * ninjs, Atom) as is, ISO 8601 basic (NITF `norm` attributes, `20261125T080000+0300`), RFC 822 (RSS).
 * A value without an offset is returned unchanged, so that validation reports it instead of guessing a zone.
 */
export function normaliseDateTime(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || ISO_WITH_OFFSET.test(text)) return text || undefined;
  const basic = ISO_BASIC.exec(text);
  if (basic) {
    const [, y, mo, d, h, mi, s, zone] = basic;
    const offset = zone === 'Z' ? 'Z' : `${zone!.slice(0, 3)}:${zone!.slice(-2)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  if (RFC_822.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return text;
}
