import { APP_CONFIG, type AppConfig } from '@app/config';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { StoryIndexRepository } from './story-index.repository.js';

const PRUNE_EVERY_MS = 10 * 60_000;

/** Keeps the story index bounded: articles older than the story window can no longer start or join a story. */
@Injectable()
export class StoryPruner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Stories');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stories: StoryIndexRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Prunes at start too: a processor restarted more often than every 10 minutes would otherwise never prune. */
  onModuleInit(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async prune(): Promise<void> {
    try {
      const removed = await this.stories.prune();
      if (removed > 0)
        this.logger.log({ msg: 'story index pruned', removed, windowHours: this.config.stories.windowHours });
    } catch (error) {
      this.logger.warn(`story index pruning failed: ${(error as Error).message}`);
    }
  }
}
