import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCHEMA = fileURLToPath(new URL('../fixtures/ninjs/ninjs-schema_2.4.json', import.meta.url));

/**
 * A validator for IPTC's published ninjs 2.4 JSON Schema (vendored in test/fixtures/ninjs, see NOTICE). The schema
 * refers to the GeoJSON schema for `places[].geojson`, which the store never writes; a permissive stand-in lets
 * the reference resolve without the network. Returns the errors, or null when the instance is valid.
 */
export function ninjsValidator(): (instance: unknown) => string | null {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
  return (instance) => (validate(instance) ? null : ajv.errorsText(validate.errors));
}
