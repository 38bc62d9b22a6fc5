import { Client, type ClientConfig } from 'pg';

/**
 * pg's Client, with an 'error' listener from birth. When PostgreSQL terminates a connection
 * (pg_terminate_backend, a restart) at the instant the pool hands a freshly opened client out —
 * the "ready" and the FATAL message can arrive in one socket read — the client emits 'error'
 * before pg-pool or TypeORM has attached a listener, and Node turns that into an uncaught
 * exception that stops the process. With this listener the client is merely marked broken: its
 * next query fails (answered 503) and the pool discards it.
 */
export class ResilientPgClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
