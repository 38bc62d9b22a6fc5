import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AttestationStatus } from '@tiergate/domain';
import { OrganizationEntity } from '../identity/organization.entity';
import { PolicyVersionEntity } from '../policy/policy-version.entity';
import { DatacenterEntity } from '../registry/datacenter.entity';

export interface AttestationClaim {
  controlId: string;
  status: 'compliant' | 'not_applicable';
  statement: string;
}

/** A customer, partner or supplier declared for restricted-party screening (condition C1). */
export interface Counterparty {
  name: string;
  country: string;
  relationship: 'customer' | 'partner' | 'supplier';
}

/** A DSSE envelope over the canonical statement, as the operator submitted it. */
export interface DsseEnvelopeRecord {
  payloadType: string;
  payload: string;
  signatures: { keyid?: string; sig: string }[];
}

/**
 * One version of a facility's attestation. Editable only as a draft; submission freezes the
 * canonical statement (and its signature) so the record can never be denied or altered.
 */
@Entity({ name: 'attestations' })
@Index('attestations_datacenter_version_key', ['datacenterId', 'version'], { unique: true })
@Index('attestations_keyset_idx', ['createdAt', 'id'])
@Index('attestations_organization_idx', ['organizationId', 'createdAt'])
@Index('attestations_status_idx', ['status', 'createdAt'])
export class AttestationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => DatacenterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'datacenter_id' })
  datacenter?: DatacenterEntity;

  @Column({ name: 'datacenter_id', type: 'uuid' })
  datacenterId!: string;

  // Copied from the datacenter so scoping (organisation, jurisdiction) needs no join.
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => PolicyVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_version_id' })
  policyVersion?: PolicyVersionEntity;

  @Column({ name: 'policy_version_id', type: 'uuid' })
  policyVersionId!: string;

  /** 1 for a facility's first attestation; an amendment is the next number. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'amends_id', type: 'uuid', nullable: true })
  amendsId!: string | null;

  @Column({ type: 'text' })
  status!: AttestationStatus;

  @Column({ type: 'jsonb' })
  claims!: AttestationClaim[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  counterparties!: Counterparty[];

  /** The canonical in-toto statement frozen at submission: the exact bytes that were (or could be) signed. */
  @Column({ name: 'statement_text', type: 'text', nullable: true })
  statementText!: string | null;

  @Column({ name: 'statement_sha256', type: 'char', length: 64, nullable: true })
  statementSha256!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  signature!: DsseEnvelopeRecord | null;

  @Column({ name: 'signer_key_id', type: 'text', nullable: true })
  signerKeyId!: string | null;

  @Column({ name: 'submit_idempotency_key', type: 'text', nullable: true })
  submitIdempotencyKey!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'text', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true })
  validFrom!: Date | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** The attestation's own columns, without its relations: what a status change may also write. */
export type AttestationChanges = Partial<Omit<AttestationEntity, 'datacenter' | 'organization' | 'policyVersion' | 'id'>>;
