import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PolicyVersionStatus = 'published' | 'active' | 'retired';

/** One immutable policy pack. Exactly one version is active at a time (a partial unique index says so). */
@Entity({ name: 'policy_versions' })
@Index('policy_versions_one_active', ['status'], { unique: true, where: "status = 'active'" })
export class PolicyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('policy_versions_version_key', { unique: true })
  @Column({ type: 'text' })
  version!: string;

  /** The validated pack, as published. */
  @Column({ type: 'jsonb' })
  pack!: Record<string, unknown>;

  @Column({ type: 'text' })
  status!: PolicyVersionStatus;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  /** Re-evaluation of facilities after activation: how many there are, how many are done. */
  @Column({ name: 'reevaluation_total', type: 'int', nullable: true })
  reevaluationTotal!: number | null;

  @Column({ name: 'reevaluation_done', type: 'int', default: 0 })
  reevaluationDone!: number;

  // Millisecond precision, so a keyset cursor (which carries a JS Date) matches rows exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
