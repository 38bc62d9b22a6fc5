import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the first page of the review queue be read in index order, however long the queue. */
export class ReviewQueueOrder1795932600000 implements MigrationInterface {
  name = 'ReviewQueueOrder1795932600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "review_items_open_queue_order_idx" ON "review_items" ("priority" DESC, "created_at", "id") WHERE status = 'open'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."review_items_open_queue_order_idx"`);
  }
}
