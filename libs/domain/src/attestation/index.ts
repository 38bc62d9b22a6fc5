export * from './attestation-state-machine';
export * from './statement';
export * from './dsse-envelope';
export * from './ed25519-public-key';
