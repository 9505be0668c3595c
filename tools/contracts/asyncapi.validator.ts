import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';

/**
 * The official AsyncAPI 3.0.0 JSON Schema (`@asyncapi/specs`, the one `@asyncapi/parser` validates with), itself
 * draft-07 with its own copy of the draft-07 meta-schema inside, hence `meta: false`.
 */
const spec = createRequire(import.meta.url)('@asyncapi/specs/schemas/3.0.0.json') as object;
const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false });
addFormats.default(ajv);
const validateDocument = ajv.compile(spec);

/** What makes `document` an invalid AsyncAPI 3.0 document, one line per error; empty when it is valid. */
export function asyncApiErrors(document: unknown): string[] {
  if (validateDocument(document)) return [];
  return (validateDocument.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
