import { AppError } from '@app/errors';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { consoleUiDir } from './ui-files.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Names the build writes: letters, digits, dashes and dots, in at most one sub-folder; never `..`. */
const FILE = /^(?:[a-z0-9-]+\/)?[a-z0-9-]+(?:\.[a-z0-9]+)+$/;

/**
 * The console's pages: `index.html` and the modules `npm run build` put in `dist/apps/console/ui`. The pages
 * route by the URL's fragment, so every page is this one file.
 */
@Controller('ui')
export class UiController {
  private readonly dir = consoleUiDir();

  @Get()
  async index(@Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, 'index.html');
  }

  @Get('*')
  async file(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const name = (request.params as { '*'?: string })['*'] ?? '';
    if (name === '') return this.send(reply, 'index.html');
    if (!FILE.test(name) || !(extname(name) in TYPES)) throw new AppError('NOT_FOUND', `no console file ${name}`);
    await this.send(reply, name);
  }

  private async send(reply: FastifyReply, name: string): Promise<void> {
    let body: Buffer;
    try {
      body = await readFile(join(this.dir, name));
    } catch {
      throw new AppError('NOT_FOUND', `no console file ${name} (run npm run build)`);
    }
    await reply
      .type(TYPES[extname(name)]!)
      .header('cache-control', name === 'index.html' ? 'no-cache' : 'max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  }
}
