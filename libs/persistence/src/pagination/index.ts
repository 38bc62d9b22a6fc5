export * from './cursor-codec';
export * from './cursor-fields';
