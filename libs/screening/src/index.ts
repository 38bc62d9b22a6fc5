export * from './name-normalizer';
export * from './string-distance';
export * from './similarity';
export * from './screening-index';
export * from './labelled-variants';
export * from './screening-evaluation';
