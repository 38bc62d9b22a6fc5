import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../identity/organization.entity';

/** An Ed25519 public key an organisation signs its attestation statements with. */
@Entity({ name: 'signing_keys' })
@Index('signing_keys_organization_key', ['organizationId', 'keyId'], { unique: true })
export class SigningKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** SHA-256 of the key's SPKI DER, hex: what DSSE signatures name as keyid. */
  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ name: 'public_key_pem', type: 'text' })
  publicKeyPem!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
