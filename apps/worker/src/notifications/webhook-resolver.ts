import { lookup } from 'node:dns/promises';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a host name resolves to. Injectable, so tests can resolve a name without DNS. */
export type WebhookResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const WEBHOOK_RESOLVER = Symbol('WEBHOOK_RESOLVER');

/** The operating system's resolver, as Node's http client uses by default. */
export const systemResolver: WebhookResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });
