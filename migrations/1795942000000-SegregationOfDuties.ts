import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-person steps of review: a proposed closure of a blocker finding waits for a second auditor,
 * and an auditor's request to withdraw a conflict-of-interest declaration waits for an admin or
 * another auditor.
 */
export class SegregationOfDuties1795942000000 implements MigrationInterface {
  name = 'SegregationOfDuties1795942000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "findings" ADD "close_proposed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "findings" ADD "close_proposed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "findings" ADD "close_proposal_note" text`);
    await queryRunner.query(`ALTER TABLE "auditor_affiliations" ADD "removal_requested_at" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auditor_affiliations" DROP COLUMN "removal_requested_at"`);
    await queryRunner.query(`ALTER TABLE "findings" DROP COLUMN "close_proposal_note"`);
    await queryRunner.query(`ALTER TABLE "findings" DROP COLUMN "close_proposed_at"`);
    await queryRunner.query(`ALTER TABLE "findings" DROP COLUMN "close_proposed_by"`);
  }
}
