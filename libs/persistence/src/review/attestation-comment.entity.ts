import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@tiergate/auth';
import { AttestationEntity } from '../attestations/attestation.entity';

/** One message of the thread between an attestation's operator and the auditors. */
@Entity({ name: 'attestation_comments' })
@Index('attestation_comments_thread_idx', ['attestationId', 'createdAt', 'id'])
export class AttestationCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Column({ name: 'attestation_id', type: 'uuid' })
  attestationId!: string;

  // Copied from the attestation so scoping needs no join.
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** The author's role when writing, so the thread reads "operator" / "auditor" without a join. */
  @Column({ name: 'author_role', type: 'text' })
  authorRole!: Role;

  @Column({ type: 'text' })
  body!: string;

  // Millisecond precision, so a keyset cursor (which carries a JS Date) matches rows exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
