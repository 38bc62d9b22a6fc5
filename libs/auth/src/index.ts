export * from './roles';
export * from './permissions';
export * from './decorators';
export * from './principal';
export * from './authorization.guard';
export * from './api-key-scopes';
