import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../identity/organization.entity';
import { UserEntity } from '../identity/user.entity';

/** An organisation an auditor has ties to (a former employer, a client): a conflict of interest, so its items are not theirs to claim. */
@Entity({ name: 'auditor_affiliations' })
@Index('auditor_affiliations_key', ['auditorId', 'organizationId'], { unique: true })
@Index('auditor_affiliations_auditor_idx', ['auditorId', 'createdAt'])
export class AuditorAffiliationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auditor_id' })
  auditor?: UserEntity;

  @Column({ name: 'auditor_id', type: 'uuid' })
  auditorId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The auditor asked to withdraw the declaration; it stays in force until an admin or another auditor confirms. */
  @Column({ name: 'removal_requested_at', type: 'timestamptz', precision: 3, nullable: true })
  removalRequestedAt!: Date | null;

  // Millisecond precision, so a keyset cursor (which carries a JS Date) matches rows exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
