import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AttestationEntity } from '../attestations/attestation.entity';

export interface ReviewApproval {
  auditorId: string;
  at: string;
}

/** An attestation waiting for auditors: priority from its risk, a lease while someone works on it. */
@Entity({ name: 'review_items' })
@Index('review_items_queue_idx', ['status', 'priority', 'createdAt'])
// The queue's order (priority DESC, created_at, id) over open items; created by migration ReviewQueueOrder,
// since the decorator cannot express a descending column.
@Index('review_items_open_queue_order_idx', { synchronize: false })
export class ReviewItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @OneToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Index('review_items_attestation_key', { unique: true })
  @Column({ name: 'attestation_id', type: 'uuid' })
  attestationId!: string;

  @Column({ name: 'datacenter_id', type: 'uuid' })
  datacenterId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode!: string;

  /** 0–100, riskiest first. */
  @Column({ type: 'int' })
  priority!: number;

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'closed';

  /** 2 under four-eyes (Tier 2 above the low-processing threshold, or a major finding). */
  @Column({ name: 'approvals_required', type: 'int', default: 1 })
  approvalsRequired!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  approvals!: ReviewApproval[];

  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
