export * from './report-signature';
export * from './bundle-manifest';
