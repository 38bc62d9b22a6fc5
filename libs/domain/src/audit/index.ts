export * from './audit-entry';
export * from './audit-chain-verifier';
