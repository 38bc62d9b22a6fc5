import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AttestationEntity } from '../attestations/attestation.entity';

export const FINDING_SEVERITIES = ['blocker', 'major', 'minor', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_STATUSES = ['open', 'remediated', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Something wrong with an attestation, found by the verification worker or by an auditor. */
@Entity({ name: 'findings' })
@Index('findings_attestation_idx', ['attestationId', 'createdAt'])
@Index('findings_keyset_idx', ['createdAt', 'id'])
@Index('findings_datacenter_status_idx', ['datacenterId', 'status'])
export class FindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Column({ name: 'attestation_id', type: 'uuid' })
  attestationId!: string;

  // Copied from the attestation so scoping and per-facility counts need no join.
  @Column({ name: 'datacenter_id', type: 'uuid' })
  datacenterId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  severity!: FindingSeverity;

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'control_id', type: 'text', nullable: true })
  controlId!: string | null;

  /** `automated` (the verification worker, or re-evaluation) or `auditor`. */
  @Column({ type: 'text' })
  source!: 'automated' | 'auditor';

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: FindingStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  /** The operator's answer when marking it remediated. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  /**
   * A blocker is closed by two auditors: the first proposes (recorded here, the finding stays open),
   * a different one confirms. Reopening clears the proposal.
   */
  @Column({ name: 'close_proposed_by', type: 'uuid', nullable: true })
  closeProposedBy!: string | null;

  @Column({ name: 'close_proposed_at', type: 'timestamptz', precision: 3, nullable: true })
  closeProposedAt!: Date | null;

  @Column({ name: 'close_proposal_note', type: 'text', nullable: true })
  closeProposalNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
