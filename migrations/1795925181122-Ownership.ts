import { MigrationInterface, QueryRunner } from 'typeorm';

export class Ownership1795925181122 implements MigrationInterface {
  name = 'Ownership1795925181122';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization_owners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "country" character(2) NOT NULL, "kind" text NOT NULL, "percent" numeric(5,2) NOT NULL, "controlling" boolean NOT NULL, CONSTRAINT "PK_b19faa4df2b513eb073faa255c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "organization_owners_organization_idx" ON "organization_owners"  ("organization_id", "position") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."organization_owners_organization_idx"`);
    await queryRunner.query(`DROP TABLE "organization_owners"`);
  }
}
