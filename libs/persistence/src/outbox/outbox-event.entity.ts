import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A domain event waiting to be moved to BullMQ; written in the same transaction as the change it announces. */
@Entity({ name: 'outbox' })
// The relay only ever looks for unsent rows; a partial index keeps that scan tiny however long the table grows.
@Index('outbox_pending_idx', ['id'], { where: 'sent_at IS NULL' })
export class OutboxEventEntity {
  /** bigint, so it comes back from pg as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
