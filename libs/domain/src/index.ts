export * from './audit';
export * from './ownership/ownership';
