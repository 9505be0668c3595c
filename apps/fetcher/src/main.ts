import 'reflect-metadata';
import { runService } from '@app/http';
import { createFetcherApp } from './fetcher.app.js';

await runService('fetcher', createFetcherApp, (config) => config.http.ports.fetcher);
