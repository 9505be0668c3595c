import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** An article's mentions of one entity; `publishedAt` is the article's, copied for entity timelines. */
@Entity({ name: 'article_entities' })
export class ArticleEntityLink {
  @PrimaryColumn('uuid', { name: 'article_id' })
  articleId!: string;

  @PrimaryColumn('uuid', { name: 'entity_key' })
  entityKey!: string;

  @Column('integer')
  count!: number;

  @Column('jsonb')
  mentions!: Mention[];

  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;
}
