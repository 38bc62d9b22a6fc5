import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

/** Paths that belong to the server, never to the console's client-side routes. */
const SERVER_PATHS = /^\/(api|docs|docs-json|health|metrics|admin)(\/|$)/;

/**
 * The console's Content-Security-Policy: the API's own policy plus blob: for evidence shown
 * inline (PDFs in a frame, images), which the console fetches with the bearer token.
 */
const consoleContentSecurityPolicy = helmet.contentSecurityPolicy({
  directives: {
    'img-src': ["'self'", 'data:', 'blob:'],
    'frame-src': ["'self'", 'blob:'],
    'object-src': ["'self'", 'blob:'],
  },
});

/**
 * Serves the web console (apps/web, built into `directory`) at `/`: its files as they are, and
 * index.html for every other GET outside the server's own paths so that client-side routes survive
 * a reload. Without a build the api runs alone and says so once.
 */
export function mountWebConsole(app: INestApplication, directory: string): void {
  const root = resolve(directory);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    app.get(Logger).warn(`web console not built (${root}/index.html missing): run \`npm run build:web\` to serve it at /`);
    return;
  }
  const isConsolePath = (request: Request) => !SERVER_PATHS.test(request.path);
  const onlyConsole = (handler: express.RequestHandler) => (request: Request, response: Response, next: NextFunction) => (isConsolePath(request) ? handler(request, response, next) : next());

  app.use(onlyConsole(consoleContentSecurityPolicy));
  // Hashed asset names never change content: cache them for a year; index.html is always revalidated.
  app.use(onlyConsole(express.static(root, { index: false, immutable: true, maxAge: '1y' })));
  app.use(
    onlyConsole((request, response, next) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    }),
  );
}
