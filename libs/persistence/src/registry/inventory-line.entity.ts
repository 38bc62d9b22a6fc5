import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DatacenterEntity } from './datacenter.entity';

/** One line of a facility's current inventory, in the order the operator gave; replaced as a whole. */
@Entity({ name: 'inventory_lines' })
export class InventoryLineEntity {
  @ManyToOne(() => DatacenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'datacenter_id' })
  datacenter?: DatacenterEntity;

  @PrimaryColumn({ name: 'datacenter_id', type: 'uuid' })
  datacenterId!: string;

  @PrimaryColumn({ name: 'line_no', type: 'int' })
  lineNo!: number;

  @Column({ type: 'text' })
  vendor!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'text', array: true, nullable: true })
  serials!: string[] | null;

  /** Why this model decreased since the previous inventory: decommissioned, transferred or returned. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'destination_country', type: 'char', length: 2, nullable: true })
  destinationCountry!: string | null;

  @Index('inventory_lines_destination_idx')
  @Column({ name: 'destination_datacenter_id', type: 'uuid', nullable: true })
  destinationDatacenterId!: string | null;
}
