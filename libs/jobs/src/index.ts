export * from './queues';
export * from './events';
export * from './job-options';
export * from './redis-connection';
export * from './queue-registry';
export * from './redis-health';
export * from './jobs.module';
