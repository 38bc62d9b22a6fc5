import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An operator's automation credential: `tg_<prefix>_<secret>`, stored as a lookup prefix and the secret's SHA-256. */
@Entity({ name: 'api_keys' })
@Index('api_keys_organization_idx', ['organizationId', 'createdAt'])
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('api_keys_prefix_key', { unique: true })
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash!: string;

  /** What the key may do (the scopes of @tiergate/auth); never empty. */
  @Column({ type: 'text', array: true })
  scopes!: string[];

  /** After this instant the key no longer authenticates; null for a key without an expiry. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  // Millisecond precision, so a keyset cursor (which carries a JS Date) matches rows exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
