import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AttestationEntity } from '../attestations/attestation.entity';
import { UserEntity } from '../identity/user.entity';
import { ReviewItemEntity } from './review-item.entity';

export const REVIEW_DECISIONS = ['approve', 'reject', 'request_changes'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** What a decision did: under four-eyes the first approval leaves the attestation in review. */
export const REVIEW_OUTCOMES = ['first_approval', 'approved', 'rejected', 'changes_requested'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** An auditor's decision on an attestation, with the rationale that makes it accountable. */
@Entity({ name: 'review_decisions' })
@Index('review_decisions_attestation_idx', ['attestationId', 'decidedAt'])
@Index('review_decisions_decided_idx', ['decidedAt'])
export class ReviewDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Column({ name: 'attestation_id', type: 'uuid' })
  attestationId!: string;

  @ManyToOne(() => ReviewItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_item_id' })
  reviewItem?: ReviewItemEntity;

  @Column({ name: 'review_item_id', type: 'uuid' })
  reviewItemId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'auditor_id' })
  auditor?: UserEntity;

  @Column({ name: 'auditor_id', type: 'uuid' })
  auditorId!: string;

  @Column({ type: 'text' })
  decision!: ReviewDecision;

  @Column({ type: 'text' })
  outcome!: ReviewOutcome;

  @Column({ type: 'text' })
  rationale!: string;

  /** Findings the auditor raised together with this decision. */
  @Column({ name: 'finding_ids', type: 'uuid', array: true, default: () => "'{}'" })
  findingIds!: string[];

  /** From the injected clock (not the database's), so lease and age rules and these stamps agree. */
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3 })
  decidedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
