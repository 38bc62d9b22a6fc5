import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyVersions1795925858146 implements MigrationInterface {
  name = 'PolicyVersions1795925858146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" text NOT NULL, "pack" jsonb NOT NULL, "status" text NOT NULL, "published_by" text NOT NULL, "activated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_125d2970fc66a316f84af16812e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "policy_versions_version_key" ON "policy_versions"  ("version") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "policy_versions_one_active" ON "policy_versions"  ("status") WHERE status = 'active'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."policy_versions_one_active"`);
    await queryRunner.query(`DROP INDEX "public"."policy_versions_version_key"`);
    await queryRunner.query(`DROP TABLE "policy_versions"`);
  }
}
