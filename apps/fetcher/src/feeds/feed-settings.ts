import type { AppConfig } from '@app/config';

/** How feeds are polled: the `feeds` section of the configuration (`FEED_*`, see the README's table). */
export type FeedSettings = AppConfig['feeds'];

/** Nest token of the `FeedSettings`. */
export const FEED_SETTINGS = Symbol('FEED_SETTINGS');
