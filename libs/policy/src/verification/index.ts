export * from './great-circle';
export * from './location-probe';
export * from './verification-input';
export * from './evaluate-attestation';
export * from './risk-score';
export * from './validity';
