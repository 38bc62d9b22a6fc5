import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation's endpoint for notifications, signed per the Standard Webhooks convention. */
@Entity({ name: 'webhooks' })
@Index('webhooks_organization_idx', ['organizationId', 'createdAt'])
@Index('webhooks_keyset_idx', ['createdAt', 'id'])
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  url!: string;

  /** `whsec_` + base64 key, shown once at creation. */
  @Column({ type: 'text' })
  secret!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
