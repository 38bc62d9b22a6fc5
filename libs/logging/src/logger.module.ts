import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '@tiergate/config';

/** Accept a caller's request id only if it is short and plain: it ends up in every log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const header = request.headers['x-request-id'];
  const supplied = Array.isArray(header) ? header[0] : header;
  const id = supplied && SAFE_REQUEST_ID.test(supplied) ? supplied : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

/**
 * Structured JSON logs (pino) for api and worker. In development they are pretty-printed so that
 * `npm start` stays readable; everywhere else they are one JSON object per line.
 */
export function createLoggerModule(config: AppConfig, processName: 'api' | 'worker' | 'cli'): DynamicModule {
  const pretty = config.NODE_ENV === 'development' && process.env.LOG_FORMAT !== 'json';
  return LoggerModule.forRoot({
    // Nest 11's path syntax for "every route"; the library's default '*' is the legacy form.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { process: processName },
      genReqId: requestIdFor,
      customProps: (request) => ({ requestId: (request as IncomingMessage & { id?: string }).id }),
      autoLogging: processName === 'api' ? { ignore: (request) => request.url === '/health' || request.url === '/metrics' } : false,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      transport: pretty ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,process' } } : undefined,
    },
  });
}
