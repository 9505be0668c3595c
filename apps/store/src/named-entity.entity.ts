import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One distinct entity under its cross-script key (a UUID v5 of its type and identity, `entityKey`); `name` is the
 * name it was first stored under, its names per language are in `entity_names`.
 */
@Entity({ name: 'entities' })
@Index('entities_type_name_idx', ['type', 'name'])
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
