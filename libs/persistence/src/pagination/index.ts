export * from './cursor-codec';
export * from './cursor-fields';
export * from './created-at-page';
