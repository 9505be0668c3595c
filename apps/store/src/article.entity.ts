import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One stored article: the latest version of (source, externalId), or its kill (kept, marked `killed`). */
@Entity({ name: 'articles' })
@Index('articles_source_external_id_key', ['source', 'externalId'], { unique: true })
export class ArticleEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  source!: string;

  @Column('text', { name: 'external_id' })
  externalId!: string;

  @Column('integer')
  version!: number;

  @Column('text', { name: 'pub_status' })
  pubStatus!: 'usable' | 'withheld' | 'canceled';

  /** Generated from `pub_status`: `killed` for a canceled article, `active` otherwise. */
  @Column({ type: 'text', insert: false, update: false })
  status!: 'active' | 'killed';

  @Column('text')
  title!: string;

  @Column('text')
  text!: string;

  @Column('text')
  lang!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('text', { name: 'canonical_url', nullable: true })
  canonicalUrl!: string | null;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;

  @Column('timestamptz', { name: 'embargoed_until', nullable: true })
  embargoedUntil!: Date | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  @Column('timestamptz', { name: 'processed_at' })
  processedAt!: Date;

  @Column('timestamptz', { name: 'stored_at' })
  storedAt!: Date;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  @Column('uuid', { name: 'story_id' })
  storyId!: string;

  @Column('text')
  duplicate!: 'unique' | 'exact' | 'near';

  @Column('text', { name: 'processor_version' })
  processorVersion!: string;

  @Column('text', { name: 'model_version' })
  modelVersion!: string;

  /** The agency's metadata as the enriched topic carries it; `{}` when the format had none. */
  @Column('jsonb')
  metadata!: Record<string, unknown>;

  /** Which date the intake used for `publishedAt` and why, as the enriched topic carries it; null when it did not say. */
  @Column('jsonb', { name: 'published_at_source', nullable: true })
  publishedAtSource!: Record<string, unknown> | null;

  /** Raw payload hash and format, and the topic/partition/offset the article was read from at each stage. */
  @Column('jsonb')
  lineage!: Record<string, unknown>;
}
