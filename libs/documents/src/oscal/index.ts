export * from './oscal-document';
export * from './deterministic-uuid';
export * from './attestation-assessment-input';
export * from './attestation-assessment-results';
export * from './status-assessment-input';
export * from './status-assessment-results';
