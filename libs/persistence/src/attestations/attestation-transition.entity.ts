import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AttestationEvent, AttestationStatus } from '@tiergate/domain';
import { AttestationEntity } from './attestation.entity';

/** One step of an attestation's life, with who took it and when: the history shown on the detail. */
@Entity({ name: 'attestation_transitions' })
@Index('attestation_transitions_attestation_idx', ['attestationId', 'createdAt'])
export class AttestationTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Column({ name: 'attestation_id', type: 'uuid' })
  attestationId!: string;

  /** Null for creation. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: AttestationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: AttestationStatus;

  @Column({ type: 'text' })
  event!: AttestationEvent | 'create';

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
