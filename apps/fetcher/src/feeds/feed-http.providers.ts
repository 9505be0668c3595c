import { APP_CONFIG, type AppConfig } from '@app/config';
import { parseFeedDocument } from '@app/wire-formats';
import type { Provider } from '@nestjs/common';
import { FeedAddressGuard } from './feed-address.guard.js';
import { FeedHttpClient } from './feed-http.client.js';
import { FEED_PARSER } from './feed-poller.service.js';
import { FEED_SETTINGS, type FeedSettings } from './feed-settings.js';

export const FEED_ADDRESS_GUARD = Symbol('FEED_ADDRESS_GUARD');
const MAX_REDIRECTS = 5;

/** The plain (non-Nest) pieces of feed polling, built from the configuration. */
export const FEED_HTTP_PROVIDERS: Provider[] = [
  { provide: FEED_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.feeds },
  {
    provide: FEED_ADDRESS_GUARD,
    inject: [FEED_SETTINGS],
    useFactory: (settings: FeedSettings) => new FeedAddressGuard(settings.allowedHosts),
  },
  {
    provide: FeedHttpClient,
    inject: [FEED_ADDRESS_GUARD, FEED_SETTINGS],
    useFactory: (guard: FeedAddressGuard, s: FeedSettings) =>
      new FeedHttpClient(guard, {
        maxBodyBytes: s.maxBodyBytes,
        headerTimeoutMs: s.headerTimeoutMs,
        totalTimeoutMs: s.totalTimeoutMs,
        maxRedirects: MAX_REDIRECTS,
      }),
  },
  { provide: FEED_PARSER, useValue: parseFeedDocument },
];
