import { MigrationInterface, QueryRunner } from 'typeorm';

export class Registry1795927884058 implements MigrationInterface {
  name = 'Registry1795927884058';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy_approvals" ("policy_version_id" uuid NOT NULL, "approved_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ab1cab56b8f41c90af91312861" PRIMARY KEY ("policy_version_id", "approved_by"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "datacenters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "country_code" character(2) NOT NULL, "city" text, "latitude" numeric(9,6), "longitude" numeric(9,6), "compliance_status" text NOT NULL DEFAULT 'unattested', "next_audit_due" TIMESTAMP WITH TIME ZONE, "inventory_revision" integer NOT NULL DEFAULT '0', "inventory_line_count" integer NOT NULL DEFAULT '0', "inventory_models" jsonb NOT NULL DEFAULT '[]'::jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_844148292b0ddec4e012044135c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "datacenters_organization_idx" ON "datacenters"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "datacenters_keyset_idx" ON "datacenters"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "datacenters_country_idx" ON "datacenters"  ("country_code", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "datacenters_organization_name_key" ON "datacenters"  ("organization_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "inventory_lines" ("datacenter_id" uuid NOT NULL, "line_no" integer NOT NULL, "vendor" text NOT NULL, "model" text NOT NULL, "quantity" integer NOT NULL, "serials" text array, "reason" text, "destination_country" character(2), "destination_datacenter_id" uuid, CONSTRAINT "PK_34586a44aea8486bfa1bb5dd81e" PRIMARY KEY ("datacenter_id", "line_no"))`,
    );
    await queryRunner.query(`CREATE INDEX "inventory_lines_destination_idx" ON "inventory_lines"  ("destination_datacenter_id") `);
    await queryRunner.query(
      `CREATE TABLE "inventory_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "datacenter_id" uuid NOT NULL, "revision" integer NOT NULL, "line_count" integer NOT NULL, "total_accelerators" bigint NOT NULL, "changes" jsonb NOT NULL, "submitted_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4af37c14f91d02cf57b6f988fa5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "inventory_revisions_datacenter_revision_key" ON "inventory_revisions"  ("datacenter_id", "revision") `);
    await queryRunner.query(
      `ALTER TABLE "policy_approvals" ADD CONSTRAINT "FK_2dedadfc6220faaa562fec88c6d" FOREIGN KEY ("policy_version_id") REFERENCES "policy_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_approvals" ADD CONSTRAINT "FK_f247aadb3ab0a685e1f54b212c7" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "datacenters" ADD CONSTRAINT "FK_735309aed77e3f6651d7f8ec242" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inventory_lines" ADD CONSTRAINT "FK_f65394668beb94b3cd1ae7826b8" FOREIGN KEY ("datacenter_id") REFERENCES "datacenters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inventory_revisions" ADD CONSTRAINT "FK_831f636033400ae4c55b0eb5c12" FOREIGN KEY ("datacenter_id") REFERENCES "datacenters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inventory_revisions" DROP CONSTRAINT "FK_831f636033400ae4c55b0eb5c12"`);
    await queryRunner.query(`ALTER TABLE "inventory_lines" DROP CONSTRAINT "FK_f65394668beb94b3cd1ae7826b8"`);
    await queryRunner.query(`ALTER TABLE "datacenters" DROP CONSTRAINT "FK_735309aed77e3f6651d7f8ec242"`);
    await queryRunner.query(`ALTER TABLE "policy_approvals" DROP CONSTRAINT "FK_f247aadb3ab0a685e1f54b212c7"`);
    await queryRunner.query(`ALTER TABLE "policy_approvals" DROP CONSTRAINT "FK_2dedadfc6220faaa562fec88c6d"`);
    await queryRunner.query(`DROP INDEX "public"."inventory_revisions_datacenter_revision_key"`);
    await queryRunner.query(`DROP TABLE "inventory_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."inventory_lines_destination_idx"`);
    await queryRunner.query(`DROP TABLE "inventory_lines"`);
    await queryRunner.query(`DROP INDEX "public"."datacenters_organization_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."datacenters_country_idx"`);
    await queryRunner.query(`DROP INDEX "public"."datacenters_keyset_idx"`);
    await queryRunner.query(`DROP INDEX "public"."datacenters_organization_idx"`);
    await queryRunner.query(`DROP TABLE "datacenters"`);
    await queryRunner.query(`DROP TABLE "policy_approvals"`);
  }
}
