import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AttestationEntity } from './attestation.entity';

/** A file attached to an attestation; the bytes live in the evidence store under their SHA-256. */
@Entity({ name: 'evidence' })
@Index('evidence_attestation_idx', ['attestationId', 'createdAt'])
@Index('evidence_sha256_idx', ['sha256'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Column({ name: 'attestation_id', type: 'uuid' })
  attestationId!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  size!: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  /** An evidence type of the attestation's policy version, e.g. pentest_report. */
  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'control_ids', type: 'text', array: true })
  controlIds!: string[];

  /** Shown to people only; never used to build a path. */
  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  /** The period the evidence speaks for, which is not when it was uploaded. */
  @Column({ name: 'observed_from', type: 'timestamptz', nullable: true })
  observedFrom!: Date | null;

  @Column({ name: 'observed_to', type: 'timestamptz', nullable: true })
  observedTo!: Date | null;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
