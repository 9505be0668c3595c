import { APP_CONFIG, type AppConfig } from '@app/config';
import { PeriodicPruner } from '@app/database';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { StoryIndexRepository } from './story-index.repository.js';

/** Keeps the story index bounded: articles older than the story window can no longer start or join a story. */
@Injectable()
export class StoryPruner extends PeriodicPruner {
  protected readonly everyMs = 10 * 60_000;
  protected readonly logger = new Logger('Stories');

  constructor(
    private readonly stories: StoryIndexRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  protected prune(): Promise<number> {
    return this.stories.prune();
  }

  protected describe(removed: number): Record<string, unknown> {
    return { msg: 'story index pruned', removed, windowHours: this.config.stories.windowHours };
  }
}
