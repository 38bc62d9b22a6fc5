import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys get scopes and an optional expiry; keys created before scopes existed keep every scope
 * (the person-only actions are refused to all keys regardless). A partial index lets each request
 * check cheaply that its session's refresh family has not been revoked.
 */
export class KeyScopesAndSessions1795940000000 implements MigrationInterface {
  name = 'KeyScopesAndSessions1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "scopes" text array NOT NULL DEFAULT '{read,inventory:write,attestations:write,evidence:write,findings:write}'`);
    await queryRunner.query(`ALTER TABLE "api_keys" ALTER COLUMN "scopes" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_revoked_family_idx" ON "refresh_tokens" ("family_id") WHERE revoked_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_revoked_family_idx"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "scopes"`);
  }
}
