import type { DatabaseOptions } from '@app/database';
import { CreateStoryIndex1764200000000 } from './migrations/1764200000000-create-story-index.js';
import { RememberStoryDuplicate1764400000000 } from './migrations/1764400000000-remember-story-duplicate.js';
import { BoundStoryLifetime1764500000000 } from './migrations/1764500000000-bound-story-lifetime.js';
import { StoryBandsWithoutForeignKey1764600000000 } from './migrations/1764600000000-story-bands-without-foreign-key.js';

/** The processor's story index; its migrations are recorded apart from the other services'. */
export const PROCESSOR_DATABASE: DatabaseOptions = {
  entities: [],
  migrations: [
    CreateStoryIndex1764200000000,
    RememberStoryDuplicate1764400000000,
    BoundStoryLifetime1764500000000,
    StoryBandsWithoutForeignKey1764600000000,
  ],
  migrationsTableName: 'processor_migrations',
};
