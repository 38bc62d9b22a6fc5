import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { InventoryChange } from '@tiergate/policy';
import { DatacenterEntity } from './datacenter.entity';

/** A change of one model's count between two inventories, with the operator's reason for a decrease. */
export type InventoryChangeRecord = InventoryChange;

/** Every inventory replacement, kept with its diff against the previous one (anti-diversion history). */
@Entity({ name: 'inventory_revisions' })
@Index('inventory_revisions_datacenter_revision_key', ['datacenterId', 'revision'], { unique: true })
export class InventoryRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => DatacenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'datacenter_id' })
  datacenter?: DatacenterEntity;

  @Column({ name: 'datacenter_id', type: 'uuid' })
  datacenterId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'line_count', type: 'int' })
  lineCount!: number;

  @Column({ name: 'total_accelerators', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  totalAccelerators!: number;

  @Column({ type: 'jsonb' })
  changes!: InventoryChangeRecord[];

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
