import { AttestationTransitionEntity } from './attestations/attestation-transition.entity';
import { AttestationEntity } from './attestations/attestation.entity';
import { EvidenceEntity } from './attestations/evidence.entity';
import { SigningKeyEntity } from './attestations/signing-key.entity';
import { AuditLogEntryEntity } from './audit/audit-log-entry.entity';
import { ApiKeyEntity } from './identity/api-key.entity';
import { OrganizationOwnerEntity } from './identity/organization-owner.entity';
import { OrganizationEntity } from './identity/organization.entity';
import { RefreshTokenEntity } from './identity/refresh-token.entity';
import { UserEntity } from './identity/user.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { WebhookDeliveryEntity } from './notifications/webhook-delivery.entity';
import { WebhookEntity } from './notifications/webhook.entity';
import { OutboxEventEntity } from './outbox/outbox-event.entity';
import { PolicyApprovalEntity } from './policy/policy-approval.entity';
import { PolicyVersionEntity } from './policy/policy-version.entity';
import { FindingEntity } from './review/finding.entity';
import { ReviewItemEntity } from './review/review-item.entity';
import { DatacenterStatusChangeEntity } from './registry/datacenter-status-change.entity';
import { DatacenterEntity } from './registry/datacenter.entity';
import { InventoryLineEntity } from './registry/inventory-line.entity';
import { InventoryRevisionEntity } from './registry/inventory-revision.entity';
import { AttestationCommentEntity } from './review/attestation-comment.entity';
import { AuditorAffiliationEntity } from './review/auditor-affiliation.entity';
import { ReviewDecisionEntity } from './review/review-decision.entity';

/** Listed explicitly (never by glob) so bundled builds and the migration CLI see the same set. */
export const ENTITIES = [
  OutboxEventEntity,
  AuditLogEntryEntity,
  OrganizationEntity,
  UserEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  OrganizationOwnerEntity,
  PolicyVersionEntity,
  PolicyApprovalEntity,
  DatacenterEntity,
  InventoryLineEntity,
  InventoryRevisionEntity,
  AttestationEntity,
  EvidenceEntity,
  AttestationTransitionEntity,
  SigningKeyEntity,
  DatacenterStatusChangeEntity,
  FindingEntity,
  ReviewItemEntity,
  NotificationEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  ReviewDecisionEntity,
  AttestationCommentEntity,
  AuditorAffiliationEntity,
];
