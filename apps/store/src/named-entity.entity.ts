import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One distinct entity: a type and a canonical name, under a stable URL-safe key (a UUID v5 of both). */
@Entity({ name: 'entities' })
@Index('entities_type_name_key', ['type', 'name'], { unique: true })
export class NamedEntity {
  @PrimaryColumn('uuid')
  key!: string;

  @Column('text')
  type!: 'PER' | 'ORG' | 'LOC';

  @Column('text')
  name!: string;

  /** Articles linked to the entity, kept in step by the write transaction. */
  @Column('integer', { name: 'article_count' })
  articleCount!: number;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;
}
