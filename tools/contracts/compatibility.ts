/** A JSON Schema as the contracts generator writes it: objects with `properties` and `required`, leaves otherwise. */
interface Schema {
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  [keyword: string]: unknown;
}

/** Prose, not contract: changing it breaks nobody. */
const PROSE = new Set(['title', 'description', '$id', '$schema']);

function constraints(schema: Schema): string {
  const kept = Object.entries(schema).filter(
    ([k]) => !PROSE.has(k) && !['properties', 'required', 'items', 'additionalProperties'].includes(k),
  );
  return JSON.stringify(Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b))));
}

/**
 * Why a message valid under `current` could break a consumer written for `released`, or why a message still on the
 * topic (written under `released`) could fail a consumer written for `current`; empty when the change is
 * compatible. Only a new optional field is compatible: a removed field, a field becoming required or optional, and
 * any changed type, format, pattern, limit or enumeration need a new topic version (docs/contracts.md).
 */
export function incompatibilities(released: Schema, current: Schema, path = '(root)'): string[] {
  const found: string[] = [];
  if (constraints(released) !== constraints(current))
    found.push(`${path}: constraints changed from ${constraints(released)} to ${constraints(current)}`);
  const wasRequired = new Set(released.required ?? []);
  const isRequired = new Set(current.required ?? []);
  for (const [name, before] of Object.entries(released.properties ?? {})) {
    const after = current.properties?.[name];
    const at = path === '(root)' ? name : `${path}.${name}`;
    if (after === undefined) {
      found.push(`${at}: removed`);
      continue;
    }
    found.push(...incompatibilities(before, after, at));
    if (wasRequired.has(name) && !isRequired.has(name)) found.push(`${at}: no longer required`);
  }
  for (const name of isRequired)
    if (!wasRequired.has(name)) found.push(`${path === '(root)' ? name : `${path}.${name}`}: newly required`);
  for (const key of ['items', 'additionalProperties'] as const) {
    const [before, after] = [released[key], current[key]];
    if (typeof before === 'object' && typeof after === 'object')
      found.push(...incompatibilities(before, after, `${path}[${key}]`));
    else if (JSON.stringify(before) !== JSON.stringify(after)) found.push(`${path}: ${key} changed`);
  }
  return found;
}
