import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An owner record may name the registered organisation it is, so ownership chains follow ids rather than names. */
export class OwnerOrganizationLink1795945000000 implements MigrationInterface {
  name = 'OwnerOrganizationLink1795945000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_owners" ADD "owner_organization_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_owners" DROP COLUMN "owner_organization_id"`);
  }
}
