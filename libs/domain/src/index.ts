export * from './audit';
export * from './ownership/ownership';
export * from './attestation';
