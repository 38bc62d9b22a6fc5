export * from './audit';
export * from './ownership/ownership';
export * from './attestation';
export * from './webhooks/standard-webhook-signature';
export * from './reports';
export * from './review';
export * from './webhooks/webhook-address-policy';
export * from './errors';
