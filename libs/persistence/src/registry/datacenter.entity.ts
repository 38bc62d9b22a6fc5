import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../identity/organization.entity';

export const COMPLIANCE_STATUSES = ['unattested', 'pending', 'compliant', 'non_compliant', 'expired', 'suspended'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** Inventory totals per distinct model, kept beside the facility so figures are derived on read without scanning lines. */
export interface InventoryModelTotal {
  vendor: string;
  model: string;
  quantity: number;
}

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@Entity({ name: 'datacenters' })
@Index('datacenters_organization_name_key', ['organizationId', 'name'], { unique: true })
@Index('datacenters_country_idx', ['countryCode', 'createdAt', 'id'])
@Index('datacenters_keyset_idx', ['createdAt', 'id'])
export class DatacenterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Index('datacenters_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  latitude!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  longitude!: number | null;

  @Column({ name: 'compliance_status', type: 'text', default: 'unattested' })
  complianceStatus!: ComplianceStatus;

  @Column({ name: 'next_audit_due', type: 'timestamptz', nullable: true })
  nextAuditDue!: Date | null;

  /** 0 until the first inventory; each replacement adds one. */
  @Column({ name: 'inventory_revision', type: 'int', default: 0 })
  inventoryRevision!: number;

  @Column({ name: 'inventory_line_count', type: 'int', default: 0 })
  inventoryLineCount!: number;

  @Column({ name: 'inventory_models', type: 'jsonb', default: () => "'[]'" })
  inventoryModels!: InventoryModelTotal[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
