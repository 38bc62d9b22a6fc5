export * from './domain-error';
export * from './domain-errors';
export * from './invalid-input.error';
