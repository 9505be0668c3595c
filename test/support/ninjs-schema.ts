import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** IPTC's published schemas, vendored in test/fixtures/ninjs (see NOTICE), by the major version the store serves. */
const SCHEMAS = { 2: 'ninjs-schema_2.4.json', 3: 'ninjs-schema_3.3.json' } as const;

/**
 * A validator for IPTC's published ninjs 2.4 or 3.3 JSON Schema. Both refer to the GeoJSON schema for a place's
 * geometry, which the store never writes; a permissive stand-in lets the reference resolve without the network.
 * Returns the errors, or null when the instance is valid.
 */
export function ninjsValidator(major: keyof typeof SCHEMAS = 2): (instance: unknown) => string | null {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const file = fileURLToPath(new URL(`../fixtures/ninjs/${SCHEMAS[major]}`, import.meta.url));
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  return (instance) => (validate(instance) ? null : ajv.errorsText(validate.errors));
}
