/** Injection token for the validated configuration object. */
export const APP_CONFIG = Symbol('APP_CONFIG');
