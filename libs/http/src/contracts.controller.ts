import { asyncApiDocument, CONTRACT_SCHEMAS, contractJsonSchema, type ContractName } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Get, Header, Param } from '@nestjs/common';
import { contractsPage } from './contracts.page.js';

/**
 * The published contract at a stable URL on every service: `/v1/contracts/<name>.schema.json` (JSON Schema
 * 2020-12), `/v1/contracts/asyncapi.json` and a readable page at `/v1/contracts/`. Built from the zod schemas the
 * service itself parses with, so it can never describe another version than the one running.
 */
@Controller('v1/contracts')
export class ContractsController {
  private readonly page = contractsPage();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  index(): string {
    return this.page;
  }

  @Get('asyncapi.json')
  asyncApi(): ReturnType<typeof asyncApiDocument> {
    return asyncApiDocument();
  }

  @Get(':file')
  @Header('content-type', 'application/schema+json')
  schema(@Param('file') file: string): Record<string, unknown> {
    const name = file.replace(/\.schema\.json$/, '');
    if (!file.endsWith('.schema.json') || !Object.hasOwn(CONTRACT_SCHEMAS, name))
      throw new AppError('NOT_FOUND', `no contract named ${file}`);
    return contractJsonSchema(name as ContractName);
  }
}
