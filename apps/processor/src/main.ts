import 'reflect-metadata';
import { runService } from '@app/http';
import { createProcessorApp } from './processor.app.js';

await runService('processor', createProcessorApp, (config) => config.http.ports.processor);
