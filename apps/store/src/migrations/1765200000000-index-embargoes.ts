import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every read subtracts the articles still under embargo from entity counts; this keeps finding them a range scan
 * over the few articles that have an embargo at all.
 */
export class IndexEmbargoes1765200000000 implements MigrationInterface {
  name = 'IndexEmbargoes1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX articles_embargo_idx ON articles (embargoed_until) WHERE embargoed_until IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX articles_embargo_idx`);
  }
}
