import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OPENAPI_DOCUMENT } from './openapi.document.js';
import { MAX_PAGE_SIZE } from '../query/query.params.js';

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema?: object;
}

const operations = Object.entries(OPENAPI_DOCUMENT.paths).map(([path, item]) => ({
  path,
  parameters: item.get.parameters as readonly Parameter[],
}));
const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);

function parameter(path: string, name: string): Parameter {
  const found = operations.find((o) => o.path === path)?.parameters.find((p) => p.name === name);
  if (!found) throw new Error(`${path} has no parameter ${name}`);
  return found;
}

describe('the OpenAPI document', () => {
  it.each(operations)('gives every parameter of $path a schema, and each {path} parameter', ({ path, parameters }) => {
    for (const p of parameters) expect(p.schema).toBeInstanceOf(Object);
    const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(parameters.filter((p) => p.in === 'path' && p.required).map((p) => p.name)).toEqual(inPath);
  });

  it('describes the parameters as the zod schemas accept them', () => {
    const limit = ajv.compile(parameter('/v1/articles', 'limit').schema!);
    expect([limit(1), limit(MAX_PAGE_SIZE), limit(0), limit(MAX_PAGE_SIZE + 1), limit(1.5)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    const id = ajv.compile(parameter('/v1/articles/{id}', 'id').schema!);
    expect([id('0b9f6e2a-5d1c-4f3e-9a7b-2c8d1e0f4a6b'), id('xyz')]).toEqual([true, false]);
    expect(parameter('/v1/articles', 'entityType').schema).toMatchObject({ enum: ['PER', 'ORG', 'LOC'] });
    expect(parameter('/v1/articles', 'limit').required).toBe(false);
  });
});
