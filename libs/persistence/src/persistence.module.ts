import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { AuditChainReader } from './audit/audit-chain.reader';
import { AttestationStateWriter } from './attestations/attestation-state.writer';
import { AttestationStore } from './attestations/attestation.store';
import { EvidenceRecordStore } from './attestations/evidence-record.store';
import { AuditWriter } from './audit/audit.writer';
import { OrganizationStore } from './identity/organization.store';
import { OwnershipReader } from './identity/ownership.reader';
import { UserStore } from './identity/user.store';
import { NotificationStore } from './notifications/notification.store';
import { NotificationWriter } from './notifications/notification.writer';
import { WebhookStore } from './notifications/webhook.store';
import { DatacenterStatusWriter } from './registry/datacenter-status.writer';
import { DatacenterStore } from './registry/datacenter.store';
import { InventoryStore } from './registry/inventory.store';
import { dataSourceOptions } from './data-source-options';
import { OutboxWriter } from './outbox/outbox.writer';
import { PolicyVersionStore } from './policy/policy-version.store';
import { AttestationCommentStore } from './review/attestation-comment.store';
import { AuditorAffiliationStore } from './review/auditor-affiliation.store';
import { FindingStore } from './review/finding.store';
import { ReviewItemStore } from './review/review-item.store';

/** The writers, readers and stores every process reaches the database through; provided and exported alike. */
const SHARED_ACCESS = [
  OutboxWriter,
  AuditWriter,
  AuditChainReader,
  AttestationStateWriter,
  DatacenterStatusWriter,
  OwnershipReader,
  NotificationWriter,
  PolicyVersionStore,
  AttestationStore,
  DatacenterStore,
  InventoryStore,
  FindingStore,
  ReviewItemStore,
  UserStore,
  NotificationStore,
  WebhookStore,
  AuditorAffiliationStore,
  EvidenceRecordStore,
  AttestationCommentStore,
  OrganizationStore,
];

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.DATABASE_URL),
    }),
  ],
  providers: [...SHARED_ACCESS],
  exports: [TypeOrmModule, ...SHARED_ACCESS],
})
export class PersistenceModule {}
