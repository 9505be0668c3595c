import { asyncApiDocument, CONTRACT_SCHEMAS, contractJsonSchema, type ContractName } from '@app/contracts';
import { contractsPage } from '@app/http';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every generated contract file by its path from the repository root. The JSON Schemas live inside the contracts
 * package (`libs/contracts/schemas/`) so that a consumer depending on the package gets them with it; the AsyncAPI
 * document and its page live in `docs/asyncapi/` beside the other documentation.
 */
export function contractFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of Object.keys(CONTRACT_SCHEMAS) as ContractName[])
    files.set(`libs/contracts/schemas/${name}.schema.json`, json(contractJsonSchema(name)));
  files.set('docs/asyncapi/asyncapi.json', json(asyncApiDocument()));
  files.set('docs/asyncapi/index.html', contractsPage());
  return files;
}
