export * from './entities';
export * from './data-source-options';
export * from './persistence.module';
export * from './outbox/outbox-event.entity';
export * from './outbox/outbox.writer';
export * from './audit/audit-log-entry.entity';
export * from './audit/audit.writer';
export * from './audit/audit-chain.reader';
