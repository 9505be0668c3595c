import type { AppConfig } from '@app/config';

/** How feeds are polled: the `feeds` section of the configuration (`FEED_*`, see docs/configuration.md). */
export type FeedSettings = AppConfig['feeds'];

/** Nest token of the `FeedSettings`. */
export const FEED_SETTINGS = Symbol('FEED_SETTINGS');
