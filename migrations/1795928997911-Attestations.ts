import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attestations1795928997911 implements MigrationInterface {
  name = 'Attestations1795928997911';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attestations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "datacenter_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "policy_version_id" uuid NOT NULL, "version" integer NOT NULL, "amends_id" uuid, "status" text NOT NULL, "claims" jsonb NOT NULL, "counterparties" jsonb NOT NULL DEFAULT '[]'::jsonb, "statement_text" text, "statement_sha256" character(64), "signature" jsonb, "signer_key_id" text, "submit_idempotency_key" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" text, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5bfe0da3020a6f609762f559d17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attestations_status_idx" ON "attestations"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "attestations_organization_idx" ON "attestations"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "attestations_keyset_idx" ON "attestations"  ("created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "attestations_datacenter_version_key" ON "attestations"  ("datacenter_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "attestation_transitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "event" text NOT NULL, "actor_type" text NOT NULL, "actor_id" text, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6387318df2d5ac86543ee009c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attestation_transitions_attestation_idx" ON "attestation_transitions"  ("attestation_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "sha256" character(64) NOT NULL, "size" bigint NOT NULL, "media_type" text NOT NULL, "type" text NOT NULL, "control_ids" text array NOT NULL, "file_name" text, "valid_until" TIMESTAMP WITH TIME ZONE, "observed_from" TIMESTAMP WITH TIME ZONE, "observed_to" TIMESTAMP WITH TIME ZONE, "uploaded_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "evidence_sha256_idx" ON "evidence"  ("sha256") `);
    await queryRunner.query(`CREATE INDEX "evidence_attestation_idx" ON "evidence"  ("attestation_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "signing_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "key_id" text NOT NULL, "name" text, "public_key_pem" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab7d78cf6e61dc3904133b4cd55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "signing_keys_organization_key" ON "signing_keys"  ("organization_id", "key_id") `);
    await queryRunner.query(
      `CREATE TABLE "datacenter_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "datacenter_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "reason" text NOT NULL, "attestation_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0272b534a75b7a67b436066035" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "datacenter_status_changes_time_idx" ON "datacenter_status_changes"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "datacenter_status_changes_datacenter_idx" ON "datacenter_status_changes"  ("datacenter_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "datacenters" ALTER COLUMN "inventory_models" SET DEFAULT '[]'::jsonb`);
    await queryRunner.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "FK_b199fb73ff17ab4e97b01c4ba9e" FOREIGN KEY ("datacenter_id") REFERENCES "datacenters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "FK_c77cb209c9ef7051f0fb3a4a350" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "FK_6705e99cb46421fbee536ba0513" FOREIGN KEY ("policy_version_id") REFERENCES "policy_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_transitions" ADD CONSTRAINT "FK_dfaad201e7e546ba5a5bca7ec02" FOREIGN KEY ("attestation_id") REFERENCES "attestations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_36e9cf34e7ace7a7368f26f5fa7" FOREIGN KEY ("attestation_id") REFERENCES "attestations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signing_keys" ADD CONSTRAINT "FK_15bcc39d0c1055846f20dac1204" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "datacenter_status_changes" ADD CONSTRAINT "FK_d40a00d14d6f3aecbd0cdca83ab" FOREIGN KEY ("datacenter_id") REFERENCES "datacenters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "datacenter_status_changes" DROP CONSTRAINT "FK_d40a00d14d6f3aecbd0cdca83ab"`);
    await queryRunner.query(`ALTER TABLE "signing_keys" DROP CONSTRAINT "FK_15bcc39d0c1055846f20dac1204"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_36e9cf34e7ace7a7368f26f5fa7"`);
    await queryRunner.query(`ALTER TABLE "attestation_transitions" DROP CONSTRAINT "FK_dfaad201e7e546ba5a5bca7ec02"`);
    await queryRunner.query(`ALTER TABLE "attestations" DROP CONSTRAINT "FK_6705e99cb46421fbee536ba0513"`);
    await queryRunner.query(`ALTER TABLE "attestations" DROP CONSTRAINT "FK_c77cb209c9ef7051f0fb3a4a350"`);
    await queryRunner.query(`ALTER TABLE "attestations" DROP CONSTRAINT "FK_b199fb73ff17ab4e97b01c4ba9e"`);
    await queryRunner.query(`ALTER TABLE "datacenters" ALTER COLUMN "inventory_models" SET DEFAULT '[]'`);
    await queryRunner.query(`DROP INDEX "public"."datacenter_status_changes_datacenter_idx"`);
    await queryRunner.query(`DROP INDEX "public"."datacenter_status_changes_time_idx"`);
    await queryRunner.query(`DROP TABLE "datacenter_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."signing_keys_organization_key"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_attestation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_sha256_idx"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_transitions_attestation_idx"`);
    await queryRunner.query(`DROP TABLE "attestation_transitions"`);
    await queryRunner.query(`DROP INDEX "public"."attestations_datacenter_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."attestations_keyset_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attestations_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attestations_status_idx"`);
    await queryRunner.query(`DROP TABLE "attestations"`);
  }
}
