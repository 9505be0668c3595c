import type { AppConfig } from '@app/config';
import { createHttpApp } from '@app/http';
import { connectConsumer } from '@app/messaging';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StoreModule } from './store.module.js';

/** The store, ready to listen: enriched topic → PostgreSQL, plus the read API. */
export async function createStoreApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createHttpApp(StoreModule.forRoot(config), config, { service: 'store' });
  await connectConsumer(app);
  return app;
}
