import { MigrationInterface, QueryRunner } from 'typeorm';

export class Verification1795930183960 implements MigrationInterface {
  name = 'Verification1795930183960';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "user_id" uuid, "kind" text NOT NULL, "title" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}'::jsonb, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_keyset_idx" ON "notifications"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "notifications_user_idx" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "notifications_organization_idx" ON "notifications"  ("organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "notification_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "webhook_deliveries_once_key" ON "webhook_deliveries"  ("webhook_id", "notification_id") `);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries"  ("webhook_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "webhooks_keyset_idx" ON "webhooks"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "webhooks_organization_idx" ON "webhooks"  ("organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "datacenter_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "code" text NOT NULL, "severity" text NOT NULL, "message" text NOT NULL, "control_id" text, "source" text NOT NULL, "created_by" text, "status" text NOT NULL DEFAULT 'open', "details" jsonb NOT NULL DEFAULT '{}'::jsonb, "response" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae9807d6293c23c13ff8804d09c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "findings_datacenter_status_idx" ON "findings"  ("datacenter_id", "status") `);
    await queryRunner.query(`CREATE INDEX "findings_keyset_idx" ON "findings"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "findings_attestation_idx" ON "findings"  ("attestation_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "review_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "datacenter_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "priority" integer NOT NULL, "status" text NOT NULL DEFAULT 'open', "approvals_required" integer NOT NULL DEFAULT '1', "approvals" jsonb NOT NULL DEFAULT '[]'::jsonb, "claimed_by" uuid, "lease_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "REL_f373823e059cceb4a2c8b649ba" UNIQUE ("attestation_id"), CONSTRAINT "PK_417e5a69fd5f01f31e3c0303dfe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "review_items_attestation_key" ON "review_items"  ("attestation_id") `);
    await queryRunner.query(`CREATE INDEX "review_items_queue_idx" ON "review_items"  ("status", "priority", "created_at") `);
    await queryRunner.query(`ALTER TABLE "policy_versions" ADD "reevaluation_total" integer`);
    await queryRunner.query(`ALTER TABLE "policy_versions" ADD "reevaluation_done" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "datacenters" ALTER COLUMN "inventory_models" SET DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE "attestations" ALTER COLUMN "counterparties" SET DEFAULT '[]'::jsonb`);
    await queryRunner.query(
      `ALTER TABLE "findings" ADD CONSTRAINT "FK_3b15d4dc5acae51327c2210e453" FOREIGN KEY ("attestation_id") REFERENCES "attestations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_items" ADD CONSTRAINT "FK_f373823e059cceb4a2c8b649ba5" FOREIGN KEY ("attestation_id") REFERENCES "attestations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_items" DROP CONSTRAINT "FK_f373823e059cceb4a2c8b649ba5"`);
    await queryRunner.query(`ALTER TABLE "findings" DROP CONSTRAINT "FK_3b15d4dc5acae51327c2210e453"`);
    await queryRunner.query(`ALTER TABLE "attestations" ALTER COLUMN "counterparties" SET DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "datacenters" ALTER COLUMN "inventory_models" SET DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "policy_versions" DROP COLUMN "reevaluation_done"`);
    await queryRunner.query(`ALTER TABLE "policy_versions" DROP COLUMN "reevaluation_total"`);
    await queryRunner.query(`DROP INDEX "public"."review_items_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_items_attestation_key"`);
    await queryRunner.query(`DROP TABLE "review_items"`);
    await queryRunner.query(`DROP INDEX "public"."findings_attestation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."findings_keyset_idx"`);
    await queryRunner.query(`DROP INDEX "public"."findings_datacenter_status_idx"`);
    await queryRunner.query(`DROP TABLE "findings"`);
    await queryRunner.query(`DROP INDEX "public"."webhooks_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhooks_keyset_idx"`);
    await queryRunner.query(`DROP TABLE "webhooks"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_webhook_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_once_key"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_keyset_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
