export * from './test-config';
export * from './wait-for';
export * from './disposable-redis';
export * from './test-data-source';
