import 'reflect-metadata';
import { runService } from '@app/http';
import { createStoreApp } from './store.app.js';

await runService('store', createStoreApp, (config) => config.http.ports.store);
