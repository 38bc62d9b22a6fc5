import helmet from 'helmet';

/**
 * Replaces, on the dashboard's path only, the Content-Security-Policy helmet() set for the API.
 * Bull Board (9.x) is a prebuilt React app whose HTML carries inline `style` attributes and a
 * `<style>` element, hence 'unsafe-inline' styles. Its scripts and its web worker are files under
 * its own static path (the inline __UI_CONFIG__ block is JSON data, which CSP does not run), so
 * scripts stay 'self'. Google Fonts are left out on purpose: the admin console calls no third party,
 * and the UI falls back to system fonts. No upgrade-insecure-requests, so a plain-http development
 * server still loads its assets.
 */
export const bullBoardContentSecurityPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    workerSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});
