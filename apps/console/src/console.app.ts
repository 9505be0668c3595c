import type { AppConfig } from '@app/config';
import { createHttpApp } from '@app/http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConsoleModule } from './console.module.js';

/** The web console, ready to listen: its pages under `/ui`, and `/api/*` read from the three services. */
export async function createConsoleApp(config: AppConfig): Promise<NestFastifyApplication> {
  return createHttpApp(ConsoleModule.forRoot(config), config, { service: 'console' });
}
