import 'reflect-metadata';
import { runService } from '@app/http';
import { createConsoleApp } from './console.app.js';

await runService('console', createConsoleApp, (config) => config.console.port);
