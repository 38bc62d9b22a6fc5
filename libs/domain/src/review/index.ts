export * from './finding-closure';
export * from './affiliation-removal';
