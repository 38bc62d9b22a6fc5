export * from './policy-pack.schema';
export * from './validate-policy-pack';
export * from './inventory-classifier';
export * from './reference/countries';
export * from './reference/reference-pack';
export * from './finding-codes';
