import type { AppConfig } from '@app/config';
import { createHttpApp } from '@app/http';
import { connectConsumer } from '@app/messaging';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProcessorModule } from './processor.module.js';

/** The processor, ready to listen: raw topic → normalise + extract → enriched topic. */
export async function createProcessorApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createHttpApp(ProcessorModule.forRoot(config), config, { service: 'processor', rawBody: true });
  await connectConsumer(app);
  return app;
}
