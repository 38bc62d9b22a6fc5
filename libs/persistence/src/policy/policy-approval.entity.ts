import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { PolicyVersionEntity } from './policy-version.entity';

/** One regulator's vote for a published policy version; a regulator votes once per version. */
@Entity({ name: 'policy_approvals' })
export class PolicyApprovalEntity {
  @ManyToOne(() => PolicyVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_version_id' })
  policyVersion?: PolicyVersionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by' })
  approver?: UserEntity;

  @PrimaryColumn({ name: 'policy_version_id', type: 'uuid' })
  policyVersionId!: string;

  @PrimaryColumn({ name: 'approved_by', type: 'uuid' })
  approvedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
