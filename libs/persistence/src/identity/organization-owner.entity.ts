import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OwnerKind } from '@tiergate/domain';

/** One ownership record of an organisation; the whole set is replaced at once. */
@Entity({ name: 'organization_owners' })
@Index('organization_owners_organization_idx', ['organizationId', 'position'])
export class OrganizationOwnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** Keeps the order the operator gave. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text' })
  kind!: OwnerKind;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  percent!: number;

  @Column({ type: 'boolean' })
  controlling!: boolean;

  /** The registered organisation the owner is, when the record links one; chains follow this id, not the name. */
  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId!: string | null;
}
