export * from './queues';
export * from './events';
export * from './job-options';
export * from './job-producers';
export * from './redis-connection';
export * from './queue-registry';
export * from './shared-redis';
export * from './jobs.module';
