import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DatacenterEntity, type ComplianceStatus } from './datacenter.entity';

/** Every change of a facility's compliance status: reports rebuild any past moment from these rows. */
@Entity({ name: 'datacenter_status_changes' })
@Index('datacenter_status_changes_datacenter_idx', ['datacenterId', 'createdAt'])
@Index('datacenter_status_changes_time_idx', ['createdAt'])
export class DatacenterStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => DatacenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'datacenter_id' })
  datacenter?: DatacenterEntity;

  @Column({ name: 'datacenter_id', type: 'uuid' })
  datacenterId!: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: ComplianceStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ComplianceStatus;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'attestation_id', type: 'uuid', nullable: true })
  attestationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
