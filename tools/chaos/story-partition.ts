import pg from 'pg';

/** The stories of one source's stored articles, as groups of agency ids (story ids differ between runs). */
export type StoryPartition = Map<string, string>;

/** What a run's grouping of articles into stories has in common with a reference run's of the same stream. */
export interface StoryComparison {
  articles: number;
  referenceStories: number;
  stories: number;
  /** Stories with more than one article in the reference: the grouping the comparison is about. */
  sharedStories: number;
  /** Articles whose set of story-mates differs between the runs (or that only one run stored). */
  regrouped: number;
  /** A few of them, for the report. */
  examples: string[];
}

/**
 * Each stored article of `source`, by agency id, mapped to a canonical name of its story: the smallest agency
 * id among the story's articles. Two runs grouped their articles identically exactly when these maps are equal.
 */
export async function readStoryPartition(databaseUrl: string, source: string): Promise<StoryPartition> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ external_id: string; canonical: string }>(
      `SELECT external_id, min(external_id) OVER (PARTITION BY story_id) AS canonical FROM articles WHERE source = $1`,
      [source],
    );
    return new Map(rows.map((r) => [r.external_id, r.canonical]));
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function compareStories(reference: StoryPartition, run: StoryPartition): StoryComparison {
  const ids = new Set([...reference.keys(), ...run.keys()]);
  const regrouped = [...ids].filter((id) => reference.get(id) !== run.get(id));
  const sizes = new Map<string, number>();
  for (const canonical of reference.values()) sizes.set(canonical, (sizes.get(canonical) ?? 0) + 1);
  return {
    articles: run.size,
    referenceStories: sizes.size,
    stories: new Set(run.values()).size,
    sharedStories: [...sizes.values()].filter((n) => n > 1).length,
    regrouped: regrouped.length,
    examples: regrouped
      .slice(0, 5)
      .map(
        (id) =>
          `${id}: with ${reference.get(id) ?? 'not stored'} in the reference, ${run.get(id) ?? 'not stored'} here`,
      ),
  };
}
