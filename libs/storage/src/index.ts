export * from './evidence-store';
export * from './hashing-counter';
export * from './local-disk-evidence-store';
export * from './s3-evidence-store';
export * from './media-type-sniffer';
export * from './peek-head';
export * from './evidence-store.module';
