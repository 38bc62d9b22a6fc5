import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something a person should know (an attestation rejected, an approval expiring). Addressed to an
 * organisation's operators or to one user; delivered in-app, to the organisation's webhooks and by
 * email when SMTP is configured.
 */
@Entity({ name: 'notifications' })
@Index('notifications_organization_idx', ['organizationId', 'createdAt'])
@Index('notifications_user_idx', ['userId', 'createdAt'])
@Index('notifications_keyset_idx', ['createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** e.g. attestation.rejected, attestation.expiring, attestation.expired, datacenter.suspended */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
