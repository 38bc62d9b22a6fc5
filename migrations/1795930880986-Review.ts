import { MigrationInterface, QueryRunner } from 'typeorm';

export class Review1795930880986 implements MigrationInterface {
  name = 'Review1795930880986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attestation_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "author_id" uuid NOT NULL, "author_role" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1682b1e98cde735e8a0a38837a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attestation_comments_thread_idx" ON "attestation_comments"  ("attestation_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "auditor_affiliations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "auditor_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b3e2e1e4a8e4ea29928e697cb3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "auditor_affiliations_auditor_idx" ON "auditor_affiliations"  ("auditor_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "auditor_affiliations_key" ON "auditor_affiliations"  ("auditor_id", "organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "review_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "review_item_id" uuid NOT NULL, "auditor_id" uuid NOT NULL, "decision" text NOT NULL, "outcome" text NOT NULL, "rationale" text NOT NULL, "finding_ids" uuid array NOT NULL DEFAULT '{}', "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1fb0883c5b1ef83c015f2ab3b24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "review_decisions_decided_idx" ON "review_decisions"  ("decided_at") `);
    await queryRunner.query(`CREATE INDEX "review_decisions_attestation_idx" ON "review_decisions"  ("attestation_id", "decided_at") `);
    await queryRunner.query(
      `ALTER TABLE "attestation_comments" ADD CONSTRAINT "FK_60fc216dc1009017044417d817e" FOREIGN KEY ("attestation_id") REFERENCES "attestations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auditor_affiliations" ADD CONSTRAINT "FK_d9f80d5640a9102ce65ed3e45c5" FOREIGN KEY ("auditor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auditor_affiliations" ADD CONSTRAINT "FK_a6580b47e85b811eaa94a0b91cf" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decisions" ADD CONSTRAINT "FK_d18198063e0834b341394d6ee2b" FOREIGN KEY ("attestation_id") REFERENCES "attestations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decisions" ADD CONSTRAINT "FK_af61a6fa15444052bf1c8a8b94d" FOREIGN KEY ("review_item_id") REFERENCES "review_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decisions" ADD CONSTRAINT "FK_4728d71c0926aac4abd8634cb27" FOREIGN KEY ("auditor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_decisions" DROP CONSTRAINT "FK_4728d71c0926aac4abd8634cb27"`);
    await queryRunner.query(`ALTER TABLE "review_decisions" DROP CONSTRAINT "FK_af61a6fa15444052bf1c8a8b94d"`);
    await queryRunner.query(`ALTER TABLE "review_decisions" DROP CONSTRAINT "FK_d18198063e0834b341394d6ee2b"`);
    await queryRunner.query(`ALTER TABLE "auditor_affiliations" DROP CONSTRAINT "FK_a6580b47e85b811eaa94a0b91cf"`);
    await queryRunner.query(`ALTER TABLE "auditor_affiliations" DROP CONSTRAINT "FK_d9f80d5640a9102ce65ed3e45c5"`);
    await queryRunner.query(`ALTER TABLE "attestation_comments" DROP CONSTRAINT "FK_60fc216dc1009017044417d817e"`);
    await queryRunner.query(`DROP INDEX "public"."review_decisions_attestation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_decisions_decided_idx"`);
    await queryRunner.query(`DROP TABLE "review_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."auditor_affiliations_key"`);
    await queryRunner.query(`DROP INDEX "public"."auditor_affiliations_auditor_idx"`);
    await queryRunner.query(`DROP TABLE "auditor_affiliations"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_comments_thread_idx"`);
    await queryRunner.query(`DROP TABLE "attestation_comments"`);
  }
}
